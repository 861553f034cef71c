package dev.maturity.core.score;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.Upgrade;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the highest-leverage upgrade for the track and axis that actually hold the platform back.
 * The platform's tier is its lowest applicable track (on a tie, the track whose axis of the seed's
 * sentence is the one at that level, else llm: the seed's reality check names the LLM gap as the
 * bigger risk). The seed's sentence for the tier is used, phrased for LLM on the llm track, when its
 * axis is among those at the tier; otherwise the next step of the axis at the tier that comes first in
 * the seed's order of upgrades (reproducibility, evaluation, deployment, governance, then the rest). Where
 * the llm track is below an applicable classical track, the sentence says closing that gap pays most.
 */
final class Leverage {

    private Leverage() {
    }

    record Choice(String text, Summary.UpgradeTarget target) {
    }

    static Optional<Choice> choose(Rubric rubric, List<AxisResult> axes, Map<Track, TrackSummary> tracks) {
        TrackSummary c = tracks.get(Track.CLASSICAL);
        TrackSummary l = tracks.get(Track.LLM);
        boolean cOn = c != null && c.applicable();
        boolean lOn = l != null && l.applicable();
        if (!cOn && !lOn) {
            return Optional.empty();
        }
        int level = Math.min(cOn ? c.level() : 5, lOn ? l.level() : 5);
        Optional<Upgrade> upgrade = rubric.upgradeFrom(level);
        if (upgrade.isEmpty()) {
            return Optional.empty();
        }
        Upgrade u = upgrade.get();
        Track track;
        if (cOn && lOn && c.level() == level && l.level() == level) {
            track = u.axis() != null && holding(axes, Track.CLASSICAL, level).contains(u.axis())
                    && !holding(axes, Track.LLM, level).contains(u.axis()) ? Track.CLASSICAL : Track.LLM;
        } else {
            track = cOn && c.level() == level ? Track.CLASSICAL : Track.LLM;
        }
        List<Axis> held = holding(axes, track, level);
        Axis axis = u.axis() != null && held.contains(u.axis()) ? u.axis() : held.stream()
                .min(Comparator.comparingInt(a -> priority(rubric, a))).orElseThrow();
        AxisResult at = axes.stream().filter(a -> a.axis() == axis && a.track() == track).findFirst().orElseThrow();
        String first = at.next().isEmpty() ? null : at.next().get(0);
        String action;
        if (u.axis() == null || axis == u.axis()) {
            action = u.text(track);
        } else {
            action = at.criteria().stream().filter(x -> x.id().equals(first)).findFirst()
                    .map(x -> x.remediation() == null || x.remediation().isBlank() ? x.question() : x.remediation())
                    .orElse(u.text(track));
        }
        StringBuilder text = new StringBuilder(track.id()).append(' ').append(axis.id()).append(" holds the platform at level ")
                .append(level).append(": ").append(action);
        if (track == Track.LLM && cOn && c.level() > level) {
            text.append(" Closing the gap to the classical platform (level ").append(c.level())
                    .append(") is the highest-return investment.");
        }
        return Optional.of(new Choice(text.toString(), new Summary.UpgradeTarget(track.id(), axis.id(), level, first)));
    }

    /**
     * Where an axis stands in the seed's order of upgrades: the axes the tiers' sentences move, tier by
     * tier (reproducibility, evaluation, deployment, governance), then the others in axis order.
     */
    private static int priority(Rubric rubric, Axis axis) {
        List<Axis> seeded = rubric.leverage().stream().map(Upgrade::axis).filter(java.util.Objects::nonNull).distinct().toList();
        int i = seeded.indexOf(axis);
        return i >= 0 ? i : seeded.size() + axis.ordinal();
    }

    /** Axes of a track at the given level, in axis order. */
    private static List<Axis> holding(List<AxisResult> axes, Track track, int level) {
        return axes.stream().filter(a -> a.track() == track && a.applicable() && a.level() != null && a.level() == level)
                .map(AxisResult::axis).sorted().toList();
    }
}
