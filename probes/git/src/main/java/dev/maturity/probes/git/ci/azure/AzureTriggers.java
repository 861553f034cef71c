package dev.maturity.probes.git.ci.azure;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.Trigger;
import java.util.EnumSet;
import java.util.Set;

/**
 * An Azure Pipelines file's triggers: {@code trigger} (absent: every branch; {@code none}: off;
 * tags only when {@code tags} are listed), {@code pr} (absent: pull requests to every branch;
 * {@code none}: off), {@code schedules} with a {@code cron}, and resources whose completion starts
 * it. A pipeline with none of them runs only by hand.
 */
final class AzureTriggers {

    private AzureTriggers() {
    }

    static Set<Trigger> of(YamlNode root) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        YamlNode ci = root.get("trigger");
        if (ci.isMissing()) {
            out.add(Trigger.PUSH);
        } else if (!none(ci)) {
            boolean tags = ci.isMapping() && ci.has("tags");
            boolean branches = !ci.isMapping() || ci.has("branches") || !tags;
            if (branches) {
                out.add(Trigger.PUSH);
            }
            if (tags) {
                out.add(Trigger.TAG);
            }
        }
        YamlNode pr = root.get("pr");
        if (pr.isMissing() || !none(pr)) {
            out.add(Trigger.PULL_REQUEST);
        }
        if (root.get("schedules").items().stream().anyMatch(s -> s.get("cron").hasContent())) {
            out.add(Trigger.SCHEDULE);
        }
        YamlNode resources = root.get("resources");
        for (String kind : new String[] {"pipelines", "repositories", "containers", "packages", "webhooks"}) {
            if (resources.get(kind).items().stream().anyMatch(r -> r.has("trigger") && !none(r.get("trigger")))) {
                out.add(Trigger.OTHER);
            }
        }
        if (out.isEmpty()) {
            out.add(Trigger.MANUAL);
        }
        return out;
    }

    /** {@code none}, {@code false} or {@code enabled: false}. */
    private static boolean none(YamlNode n) {
        String t = n.textOr("").strip();
        return t.equals("none") || t.equals("false") || n.get("enabled").textOr("true").strip().equals("false");
    }
}
