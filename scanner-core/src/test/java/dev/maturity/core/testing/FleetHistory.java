package dev.maturity.core.testing;

import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.history.Recorded;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.rubric.Criterion;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.Scorer;
import dev.maturity.core.score.Summary;
import dev.maturity.core.score.TrackSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fleet's history as nightly or weekly platform scans would record it: targets on three platforms
 * and six teams, scored under the default rubric's real criteria (level L: every criterion up to L
 * MET with a git evidence locator; at L+1 one defining criterion NOT_MET, the rest MET; above that
 * NOT_MET, or UNKNOWN where the cluster was not read). Every 7th target regresses at its last scan
 * (one criterion of its classical evaluation level flips to NOT_MET), every 7th (offset) gains, every 11th last
 * scan failed, every 13th stopped being scanned. The first third of each history was scored under an
 * older rubric that named one criterion differently (with HTML in its name); names of a few targets and
 * teams carry HTML, Markdown and control characters. {@link Expected} says what a page must show.
 */
public final class FleetHistory {

    public static final String OLD_RUBRIC = "2026.06.0";
    public static final String[] PLATFORMS = {"genai", "recsys", "fraud"};
    public static final String HOSTILE_CRITERION = "eval.<img src=x onerror=alert(1)>-results";

    private final Rubric rubric = RubricLoader.loadDefault();
    private final int targets;
    private final int scans;
    private final Duration interval;
    private final Instant end;

    public FleetHistory(int targets, int scans, Duration interval, Instant end) {
        this.targets = targets;
        this.scans = scans;
        this.interval = interval;
        this.end = end;
    }

    /** A level that moves at a target's last scan, and the criterion that flips with it. */
    public record Move(String target, Axis axis, Track track, int from, int to, String criterion) {
    }

    /** What the generated history holds: names, moves, failing and stale targets, and each target's single blockers. */
    public record Expected(List<String> targets, Map<String, String> platformOf, List<Move> regressions, List<Move> gains,
                           List<String> failing, List<String> stale, Map<String, List<String>> liftedBy) {
    }

    public String name(int i) {
        return switch (i) {
            case 3 -> "<script>alert('fleet')</script>";
            case 8 -> "**bold** [link](http://evil.example) \u001b[31mred";
            default -> String.format("%s-svc-%03d", PLATFORMS[i % 3], i);
        };
    }

    public String team(int i) {
        return i == 4 ? "team <b>\"quoted\" & co</b>" : PLATFORMS[i % 3] + "-team-" + (i / 3 % 2 == 0 ? "a" : "b");
    }

    /** The base level of each axis x track of target i (the llm track applies to genai only). */
    int level(int i, Axis a, Track t) {
        if (t == Track.LLM && i % 3 != 0) {
            return 0;
        }
        return 1 + (i * 7 + a.ordinal() * 3 + t.ordinal()) % 4;
    }

    boolean regresses(int i) {
        return i % 7 == 2;
    }

    boolean gains(int i) {
        return i % 7 == 5;
    }

    boolean failsLast(int i) {
        return i % 11 == 6;
    }

    boolean stopped(int i) {
        return i % 13 == 9;
    }

    /** Appends every scan of every target to the store, oldest first per target; returns what a page must show. */
    public Expected write(HistoryStore store) {
        List<String> names = new ArrayList<>();
        Map<String, String> platformOf = new TreeMap<>();
        List<Move> regressions = new ArrayList<>();
        List<Move> gains = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        Map<String, List<String>> liftedBy = new TreeMap<>();
        for (int i = 0; i < targets; i++) {
            String name = name(i);
            names.add(name);
            platformOf.put(name, PLATFORMS[i % 3]);
            int count = stopped(i) ? scans - 3 : scans;
            Report previous = null;
            Report latest = null;
            for (int s = 0; s < count; s++) {
                Instant at = end.minus(interval.multipliedBy(scans - 1 - s));
                boolean last = s == count - 1;
                if (last && failsLast(i)) {
                    store.append(new Recorded(name, PLATFORMS[i % 3], team(i), "FAILED",
                            "GitCollector: repository not found: https://git.example/" + name, null));
                    continue;
                }
                int shift = last && regresses(i) ? -1 : last && gains(i) ? 1 : 0;
                boolean old = s < scans / 3 || (i == 2 && !last);
                boolean lastScored = s == (failsLast(i) ? count - 2 : count - 1);
                Report r = report(i, at, old, shift, lastScored ? liftedBy : null);
                store.append(new Recorded(name, PLATFORMS[i % 3], team(i), "SCORED", "", r));
                previous = latest;
                latest = r;
            }
            if (failsLast(i)) {
                failing.add(name);
            }
            if (stopped(i)) {
                stale.add(name);
            } else if (!failsLast(i) && previous != null) {
                moves(name, previous, latest, regressions, gains);
            }
        }
        return new Expected(names, platformOf, regressions, gains, failing, stale, liftedBy);
    }

    /** The levels that differ between two reports of a target, each with the criteria whose outcome differs. */
    private static void moves(String name, Report before, Report after, List<Move> regressions, List<Move> gains) {
        for (AxisResult b : before.axes()) {
            AxisResult a = after.axis(b.axis(), b.track()).orElseThrow();
            if (!b.applicable() || b.level().equals(a.level())) {
                continue;
            }
            Map<String, Outcome> was = new TreeMap<>();
            b.criteria().forEach(c -> was.put(c.id(), c.outcome()));
            for (CriterionResult c : a.criteria()) {
                if (was.get(c.id()) != c.outcome()) {
                    (a.level() < b.level() ? regressions : gains).add(new Move(name, b.axis(), b.track(), b.level(), a.level(),
                            c.id()));
                }
            }
            was.keySet().stream().filter(id -> a.criteria().stream().noneMatch(c -> c.id().equals(id)))
                    .forEach(id -> (a.level() < b.level() ? regressions : gains).add(new Move(name, b.axis(), b.track(),
                            b.level(), a.level(), id)));
        }
    }

    /** One scan's report; {@code shift} moves the classical evaluation level; {@code lifted} collects single blockers. */
    Report report(int i, Instant at, boolean oldRubric, int shift, Map<String, List<String>> lifted) {
        List<AxisResult> axes = new ArrayList<>();
        for (Axis a : Axis.values()) {
            for (Track t : Track.values()) {
                int level = level(i, a, t);
                if (level == 0) {
                    axes.add(Scorer.levels(a, t, false, List.of()));
                    continue;
                }
                if (a == Axis.EVALUATION && t == Track.CLASSICAL) {
                    level = Math.max(1, Math.min(5, level + shift));
                }
                axes.add(axis(i, a, t, level, oldRubric, lifted));
            }
        }
        TrackSummary none = new TrackSummary(false, null, null, null, null, "not detected", List.of());
        String version = oldRubric ? OLD_RUBRIC : rubric.version();
        return new Report(Report.SCHEMA_VERSION, new Report.Tool("maturity", "0.1.0-fixture"), at.toString(), at.toString(),
                new Report.RubricRef("default", version, "sha256:" + version), List.of(),
                new Summary(none, none, null, List.of(), null), axes, List.of());
    }

    private AxisResult axis(int i, Axis a, Track t, int level, boolean oldRubric, Map<String, List<String>> lifted) {
        List<CriterionResult> results = new ArrayList<>();
        String blocker = blocker(a, t, level + 1);
        for (Criterion c : rubric.criteria(a, t)) {
            Outcome o;
            if (c.level() <= level) {
                o = Outcome.MET;
            } else if (c.level() == level + 1) {
                o = c.id().equals(blocker) ? Outcome.NOT_MET : Outcome.MET;
            } else {
                o = a == Axis.DEPLOYMENT || a == Axis.OBSERVABILITY ? Outcome.UNKNOWN : Outcome.NOT_MET;
            }
            String id = oldRubric && c.id().equals(renamed()) ? HOSTILE_CRITERION : c.id();
            List<Evidence> evidence = o == Outcome.MET ? List.of(new Evidence(GitLocation.lines(repo(i), commit(i),
                    ".github/workflows/" + c.axis().id() + ".yml", 10 + c.level(), 20 + c.level()), Strength.WIRED,
                    "sha256:" + Integer.toHexString(id.hashCode()), id + " seen in CI")) : List.of();
            results.add(new CriterionResult(id, c.level(), c.question(), o, o == Outcome.MET ? "found" : "not found",
                    c.remediation(), c.references(), c.probes().toString(), c.minStrength().id(), evidence, null, null));
        }
        AxisResult scored = Scorer.levels(a, t, true, results);
        if (lifted != null && blocker != null && scored.level() == level && level < 5) {
            lifted.computeIfAbsent(blocker, k -> new ArrayList<>()).add(name(i));
        }
        return scored;
    }

    /** The criterion the older rubric called {@link #HOSTILE_CRITERION}: the first of classical evaluation level 2. */
    public String renamed() {
        return blocker(Axis.EVALUATION, Track.CLASSICAL, 2);
    }

    /** The one criterion left NOT_MET at a level: the first of the level that this track has, or null above 5. */
    String blocker(Axis a, Track t, int level) {
        return rubric.criteria(a, t).stream().filter(c -> c.level() == level).map(Criterion::id).findFirst().orElse(null);
    }

    public static String repo(int i) {
        return "https://git.example/svc-" + i + ".git";
    }

    private static String commit(int i) {
        return String.format("%040x", 0xfeed0000L + i);
    }
}
