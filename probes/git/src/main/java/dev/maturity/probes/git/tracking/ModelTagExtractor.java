package dev.maturity.probes.git.tracking;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Reads model registry tags in the GTO format from the repository's tags. A tag counts when its
 * artefact is one the repository declares ({@code dvc.yaml} {@code artifacts:} or GTO's
 * {@code artifacts.yaml}), it was made before the scan's reference time (tagger date, else commit
 * date), and it points at a commit of the scanned history. Bounded: at most {@link #MAX_TAGS} tags are read.
 */
public final class ModelTagExtractor implements Extractor {

    static final int MAX_TAGS = 5000;
    private static final Pattern VERSION = Pattern.compile("^([\\w.:/-]+)@(v\\d+\\.\\d+\\.\\d+)!?$");
    private static final Pattern STAGE = Pattern.compile("^([\\w.:/-]+)#([\\w-]+)(?:#\\d+)?$");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        Set<String> artifacts = declaredArtifacts(repo);
        if (artifacts.isEmpty()) {
            return;
        }
        List<Ref> tags;
        try {
            tags = repo.repository().getRefDatabase().getRefsByPrefix("refs/tags/");
        } catch (IOException e) {
            sink.unreadable("", 0, "cannot list tags: " + e.getMessage());
            return;
        }
        try (RevWalk walk = new RevWalk(repo.repository())) {
            RevCommit head = walk.parseCommit(repo.commit());
            int read = 0;
            for (Ref ref : tags) {
                if (read++ >= MAX_TAGS) {
                    break;
                }
                tag(repo, walk, head, ref, artifacts, sink);
            }
        } catch (IOException e) {
            sink.unreadable("", 0, "cannot read tags: " + e.getMessage());
        }
    }

    private static void tag(RepoSnapshot repo, RevWalk walk, RevCommit head, Ref ref, Set<String> artifacts, Sink sink)
            throws IOException {
        String name = ref.getName().substring("refs/tags/".length());
        Matcher v = VERSION.matcher(name);
        Matcher s = STAGE.matcher(name);
        boolean version = v.matches();
        if (!version && !s.matches()) {
            return;
        }
        String artifact = version ? v.group(1) : s.group(1);
        if (!artifacts.contains(artifact) && !artifacts.contains(artifact.replaceFirst("^.*:", ""))) {
            return;
        }
        RevObject target = walk.parseAny(ref.getObjectId());
        Instant made = null;
        while (target instanceof RevTag t) {
            if (made == null && t.getTaggerIdent() != null) {
                made = t.getTaggerIdent().getWhenAsInstant();
            }
            target = walk.parseAny(t.getObject());
        }
        if (!(target instanceof RevCommit commit)) {
            return;
        }
        made = made == null ? Instant.ofEpochSecond(commit.getCommitTime()) : made;
        if (made.isAfter(repo.asOf()) || !walk.isMergedInto(commit, head)) {
            return;
        }
        walk.reset();
        sink.fact(new ModelTag(repo.name(), name, artifact, version ? v.group(2) : null, version ? null : s.group(2),
                commit.getName(), new Evidence(GitLocation.commit(repo.name(), commit.getName()), Strength.ALIVE,
                        "git:" + commit.getName(), "tag " + name + (version ? " registers " + artifact + " " + v.group(2)
                                : " assigns " + artifact + " to stage " + s.group(2)) + " at " + made)));
    }

    /** Artefact names the repository declares: {@code dvc.yaml} {@code artifacts:} and GTO {@code artifacts.yaml}. */
    private static Set<String> declaredArtifacts(RepoSnapshot repo) {
        Set<String> out = new HashSet<>();
        for (RepoFile f : repo.files(f -> f.name().equals("dvc.yaml") || f.name().equals("artifacts.yaml"))) {
            try {
                var doc = SafeYaml.parse(repo.text(f.path()).orElse(""));
                (f.name().equals("dvc.yaml") ? doc.get("artifacts") : doc).entries().keySet().forEach(out::add);
            } catch (YamlParseException e) {
                // reported by the extractors that own these files
            }
        }
        return out;
    }
}
