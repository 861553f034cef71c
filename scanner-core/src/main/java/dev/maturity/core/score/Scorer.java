package dev.maturity.core.score;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.rubric.Combine;
import dev.maturity.core.rubric.Criterion;
import dev.maturity.core.rubric.ProbeExpr;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.spi.Failures;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns facts into levels: runs each criterion's probes for each applicable track, combines their
 * findings, enforces the criterion's minimum evidence strength, and applies cumulative gating.
 * Pure and deterministic: the same facts, rubric and probes give the same axis results.
 */
public final class Scorer {

    private final Rubric rubric;
    private final Map<String, Probe> probes;

    public Scorer(Rubric rubric, Map<String, Probe> probes) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.probes = Map.copyOf(probes);
    }

    /** Scores every axis x track. */
    public Scored score(Facts facts, Instant asOf) {
        Map<String, Finding> cache = new HashMap<>();
        Map<Track, Finding> detection = new EnumMap<>(Track.class);
        List<AxisResult> axes = new ArrayList<>();
        for (Track track : Track.values()) {
            ProbeContext ctx = new ProbeContext(track, asOf, rubric.parameters());
            Function<String, Finding> run = id -> cache.computeIfAbsent(id + "|" + track, k -> evaluate(id, facts, ctx));
            List<String> detectors = rubric.detection().getOrDefault(track, List.of());
            Finding detected = detectors.isEmpty()
                    ? Finding.notMet("detection." + track.id(), "no detection probes in the rubric", List.of())
                    : Findings.combine("detection." + track.id(), Combine.ANY, detectors.stream().map(run).toList());
            detection.put(track, detected);
            boolean applicable = detected.outcome() == Outcome.MET;
            for (Axis axis : Axis.values()) {
                axes.add(scoreAxis(axis, track, applicable, run));
            }
        }
        return new Scored(axes, detection);
    }

    /** Axis results plus each track's detection finding. */
    public record Scored(List<AxisResult> axes, Map<Track, Finding> detection) {
    }

    private AxisResult scoreAxis(Axis axis, Track track, boolean applicable, Function<String, Finding> run) {
        List<CriterionResult> results = new ArrayList<>();
        Map<String, Integer> mins = new HashMap<>();
        for (Criterion c : rubric.criteria(axis, track)) {
            Finding f = applicable ? resolve(c.probes(), c.minStrength(), run)
                    : Finding.notApplicable(c.id(), "no " + track.id() + " workload detected");
            results.add(new CriterionResult(c.id(), c.level(), c.question(), f.outcome(), f.summary(), c.remediation(),
                    c.references(), c.probes().toString(), c.minStrength().id(), f.evidence(), null, c.group()));
            if (c.group() != null) {
                mins.put(c.group(), c.groupMin());
            }
        }
        return Levels.of(axis, track, applicable, results, mins);
    }

    /** Computes level, ceiling and next step from the outcomes of ungrouped criteria (used by tests and tools). */
    public static AxisResult levels(Axis axis, Track track, boolean applicable, List<CriterionResult> results) {
        return Levels.of(axis, track, applicable, results, Map.of());
    }

    /**
     * Computes level, ceiling, groups and next step again from criterion outcomes, keeping the
     * groups' min of {@code scored} (after waivers changed outcomes).
     */
    public static AxisResult rescore(AxisResult scored, List<CriterionResult> results) {
        Map<String, Integer> mins = new HashMap<>();
        scored.groups().forEach(g -> mins.put(g.name(), g.min()));
        return Levels.of(scored.axis(), scored.track(), scored.applicable(), results, mins);
    }

    private Finding resolve(ProbeExpr expr, Strength min, Function<String, Finding> run) {
        if (expr instanceof ProbeExpr.Ref ref) {
            return strongEnough(run.apply(ref.probeId()), min);
        }
        ProbeExpr.Group g = (ProbeExpr.Group) expr;
        List<Finding> parts = g.members().stream().map(m -> resolve(m, min, run)).toList();
        return Findings.combine(g.toString(), g.combine(), parts);
    }

    /** A MET backed only by evidence weaker than the criterion asks for is NOT_MET. */
    private static Finding strongEnough(Finding f, Strength min) {
        if (f.outcome() != Outcome.MET) {
            return f;
        }
        Strength best = f.evidence().stream().map(Evidence::strength).max(Strength::compareTo).orElse(null);
        if (best == null) {
            return Finding.unknown(f.probeId(), "probe " + f.probeId() + " answered MET without citing evidence");
        }
        if (!best.atLeast(min)) {
            return Finding.notMet(f.probeId(), f.summary() + " (evidence is only " + best.id() + "; " + min.id()
                    + " is required)", f.evidence());
        }
        return f;
    }

    private Finding evaluate(String probeId, Facts facts, ProbeContext ctx) {
        Probe probe = probes.get(probeId);
        if (probe == null) {
            return Finding.unknown(probeId, "no installed probe provides '" + probeId + "'");
        }
        try {
            Finding f = probe.evaluate(facts, ctx);
            return f == null ? Finding.unknown(probeId, "probe " + probeId + " returned no finding") : f;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // an exception, or a class the probe needs missing from the jar: this criterion only
            return Finding.unknown(probeId, "probe " + probeId + " failed: " + Failures.describe(e));
        }
    }

    /** Per-track summaries, mismatches and the upgrade advice, from scored axes. */
    public Summary summarize(List<AxisResult> axes, Map<Track, Finding> detection) {
        Map<Track, TrackSummary> tracks = new EnumMap<>(Track.class);
        for (Track t : Track.values()) {
            List<AxisResult> mine = axes.stream().filter(a -> a.track() == t).toList();
            Finding d = detection.get(t);
            boolean applicable = mine.stream().anyMatch(AxisResult::applicable);
            if (!applicable) {
                tracks.put(t, new TrackSummary(false, null, null, null, null, d.summary(), d.evidence()));
                continue;
            }
            Map<String, Integer> vector = new LinkedHashMap<>();
            mine.forEach(a -> vector.put(a.axis().id(), a.level()));
            tracks.put(t, new TrackSummary(true, min(mine, AxisResult::level), min(mine, AxisResult::ceiling),
                    min(mine, AxisResult::levelWithWaivers), vector, d.summary(), d.evidence()));
        }
        List<Mismatch> mismatches = new ArrayList<>();
        for (Axis axis : Axis.values()) {
            Integer c = level(axes, axis, Track.CLASSICAL);
            Integer l = level(axes, axis, Track.LLM);
            if (c != null && l != null && Math.abs(c - l) >= 2) {
                mismatches.add(new Mismatch("tracks", axis.id(), null, Math.min(c, l), Math.max(c, l),
                        axis.id() + ": classical is at " + c + ", llm at " + l));
            }
        }
        for (Track t : Track.values()) {
            TrackSummary s = tracks.get(t);
            if (s.applicable()) {
                int lo = s.axes().values().stream().min(Integer::compare).orElse(1);
                int hi = s.axes().values().stream().max(Integer::compare).orElse(1);
                if (hi - lo >= 2) {
                    mismatches.add(new Mismatch("spread", null, t.id(), lo, hi,
                            t.id() + " axes spread from " + lo + " to " + hi));
                }
            }
        }
        Integer platform = tracks.values().stream().filter(TrackSummary::applicable).map(TrackSummary::level)
                .min(Integer::compare).orElse(null);
        Optional<Leverage.Choice> upgrade = Leverage.choose(rubric, axes, tracks);
        return new Summary(tracks.get(Track.CLASSICAL), tracks.get(Track.LLM), platform, mismatches,
                upgrade.map(Leverage.Choice::text).orElse(null), upgrade.map(Leverage.Choice::target).orElse(null));
    }

    private static Integer min(List<AxisResult> axes, Function<AxisResult, Integer> f) {
        return axes.stream().map(f).filter(Objects::nonNull).min(Integer::compare).orElse(null);
    }

    private static Integer level(List<AxisResult> axes, Axis axis, Track track) {
        return axes.stream().filter(a -> a.axis() == axis && a.track() == track && a.applicable())
                .map(AxisResult::level).findFirst().orElse(null);
    }
}
