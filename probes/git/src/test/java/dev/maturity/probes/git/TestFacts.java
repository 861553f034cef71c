package dev.maturity.probes.git;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.facts.Fact;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.eval.EvalSuite;
import dev.maturity.probes.git.wiring.PipelineStage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Facts built by hand for pure probe tests, as the git collector would report them for one repository. */
public final class TestFacts {

    public static final String REPO = "support-assistant";
    public static final String SHA = "3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345";

    private TestFacts() {
    }

    public static Evidence ev(String path, int from, int to, Strength strength, String detail) {
        return new Evidence(GitLocation.lines(REPO, SHA, path, from, to), strength, "sha256:00", detail);
    }

    public static String at(String path, int from, int to) {
        return GitLocation.lines(REPO, SHA, path, from, to).locator();
    }

    /** The tree evidence every NOT_MET cites. */
    public static String tree() {
        return GitLocation.commit(REPO, SHA).locator();
    }

    /** A GitHub job at lines {@code from-to} of {@code file}. */
    public static CiJob job(String file, int from, int to, String id, Set<Trigger> triggers, List<String> needs,
                            List<String> commands, List<String> runs, String environment) {
        return new CiJob(REPO, "github", file, file, id, triggers, needs, commands, environment,
                ev(file, from, to, Strength.WIRED, "job " + id), runs, false);
    }

    public static EvalSuite suite(String framework, String path, Track track, int cases, boolean asserts) {
        return new EvalSuite(REPO, framework, path, track, cases, asserts, false, List.of(),
                ev(path, 1, 20, Strength.DECLARED, framework + " suite"));
    }

    public static CodeSignal signal(String path, int line, Signal signal, String tool) {
        return new CodeSignal(REPO, path, line, signal, tool, ev(path, line, line, Strength.DECLARED, tool));
    }

    public static PipelineStage stage(String name, List<String> runs) {
        return new PipelineStage(REPO, "dvc", "dvc.yaml", name, List.of("python " + runs.get(0)), runs,
                ev("dvc.yaml", 2, 6, Strength.WIRED, "dvc stage " + name));
    }

    /** Facts of a read tree plus the given ones. */
    public static Facts read(Fact... facts) {
        Facts.Builder b = Facts.builder().availability(Availability.read(GitCollector.TREE)).availability(Availability.read(GitCollector.CI))
                .add(new SourceRead("git", REPO, SHA, new Evidence(GitLocation.commit(REPO, SHA), Strength.DECLARED, "git:" + SHA, "tree")));
        for (Fact f : facts) {
            b.add(f);
        }
        return b.build();
    }

    /** Facts of a scan where no repository was read. */
    public static Facts unread() {
        return Facts.builder().availability(Availability.unavailable(GitCollector.TREE, "no git repository was scanned")).build();
    }

    public static ProbeContext context(Track track) {
        return new ProbeContext(track, GitFacts.AS_OF, Map.of());
    }
}
