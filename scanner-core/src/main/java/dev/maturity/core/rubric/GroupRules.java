package dev.maturity.core.rubric;

import dev.maturity.core.model.Track;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the any-of groups of a merged rubric and settles each group's {@code min}. A group holds
 * alternatives of one level: its members share axis and level; a member may apply to one track or
 * both, and on each track the group is the members that apply to it, so {@code min} (1 unless a
 * member states it; members that state it agree) may not exceed the members of any track the group
 * covers. Every error names the member's file and line.
 */
final class GroupRules {

    private GroupRules() {
    }

    static List<Criterion> resolve(Collection<Criterion> criteria) {
        Map<String, List<Criterion>> groups = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            if (c.group() != null) {
                groups.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Integer> mins = new LinkedHashMap<>();
        groups.forEach((name, members) -> mins.put(name, check(name, members)));
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : criteria) {
            out.add(c.group() == null ? c : new Criterion(c.id(), c.axis(), c.tracks(), c.level(), c.question(), c.remediation(),
                    c.references(), c.probes(), c.minStrength(), c.group(), mins.get(c.group()), c.origin()));
        }
        return out;
    }

    private static int check(String name, List<Criterion> members) {
        Criterion first = members.get(0);
        int min = 0;
        Criterion stated = null;
        for (Criterion c : members) {
            if (c.axis() != first.axis() || c.level() != first.level()) {
                throw error(c, "group '" + name + "' mixes " + first.id() + " (" + first.axis().id() + ", level "
                        + first.level() + ") with " + c.id() + " (" + c.axis().id() + ", level " + c.level()
                        + "): members of a group share axis and level");
            }
            if (c.groupMin() > 0) {
                if (stated != null && c.groupMin() != min) {
                    throw error(c, "group '" + name + "': " + c.id() + " says min " + c.groupMin() + ", " + stated.id()
                            + " says min " + min);
                }
                min = c.groupMin();
                stated = c;
            }
        }
        min = Math.max(min, 1);
        for (Track t : Track.values()) {
            List<String> onTrack = members.stream().filter(c -> c.appliesTo(t)).map(Criterion::id).toList();
            if (!onTrack.isEmpty() && min > onTrack.size()) {
                throw error(stated != null ? stated : first, "group '" + name + "': min " + min + " but only "
                        + onTrack.size() + " member(s) apply to the " + t.id() + " track " + onTrack);
            }
        }
        return min;
    }

    private static RubricException error(Criterion c, String message) {
        int colon = c.origin().lastIndexOf(':');
        int line = 0;
        String file = c.origin();
        if (colon > 0) {
            try {
                line = Integer.parseInt(c.origin().substring(colon + 1));
                file = c.origin().substring(0, colon);
            } catch (NumberFormatException e) {
                line = 0;
            }
        }
        return new RubricException(file, line, message);
    }
}
