package dev.maturity.probes.kubernetes.schedule;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.yaml.YamlNode;
import java.util.regex.Pattern;

/** Whether a job or workflow trains or re-evaluates a model, from its name, images, commands and steps. */
public final class TrainingSignals {

    private static final Pattern TRAINING = Pattern.compile(
            "(?i)(^|[^a-z])(train|training|retrain|fine-?tun|finetune|refit|re-?eval|evaluate|backtest)([^a-z]|$)"
                    + "|(?i)(retrain|finetune|training)");

    private TrainingSignals() {
    }

    public static boolean trains(ResourceObject o) {
        if (TRAINING.matcher(o.name()).find()) {
            return true;
        }
        boolean[] hit = {false};
        o.body().get("spec").walk(n -> {
            if (!hit[0] && n.isScalar() && n.textOr("").length() < 2048 && TRAINING.matcher(n.textOr("")).find()) {
                hit[0] = true;
            }
        });
        return hit[0];
    }

    /** The schedules of a CronJob, CronWorkflow or ScheduledWorkflow; empty when none. */
    static String schedule(ResourceObject o) {
        YamlNode spec = o.body().get("spec");
        String s = spec.get("schedule").textOr("");
        if (s.isEmpty()) {
            s = String.join(" | ", spec.get("schedules").texts());
        }
        if (s.isEmpty()) {
            s = spec.at("trigger", "cronSchedule", "cron").textOr("");
        }
        if (s.isEmpty() && spec.at("trigger", "periodicSchedule", "intervalSecond").hasContent()) {
            s = "every " + spec.at("trigger", "periodicSchedule", "intervalSecond").textOr("") + "s";
        }
        return s;
    }
}
