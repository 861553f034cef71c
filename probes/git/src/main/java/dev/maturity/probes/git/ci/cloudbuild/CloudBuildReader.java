package dev.maturity.probes.git.ci.cloudbuild;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Google Cloud Build configurations ({@code cloudbuild.yaml} and its variants): every step is a
 * job running its {@code script}, or its {@code entrypoint} and {@code args} (a builder image's tool,
 * {@code gcr.io/cloud-builders/kubectl}, when there is no entrypoint). A step without
 * {@code waitFor} runs after every step before it; {@code waitFor: ['-']} starts it at once;
 * {@code allowFailure} makes it report-only. Triggers come from trigger definitions kept in the
 * repository ({@link CloudBuildTriggers}); without one, the steps are read but their triggers are
 * not in the repository, and CI criteria are UNKNOWN.
 */
public final class CloudBuildReader implements CiReader {

    /** Builder images whose args are their tool's arguments ({@code gcr.io/cloud-builders/kubectl apply ...}). */
    private static final java.util.regex.Pattern BUILDERS = java.util.regex.Pattern.compile(
            "^(gcr\\.io/cloud-builders/|gcr\\.io/google\\.com/cloudsdktool/|gcr\\.io/kaniko-project/|[\\w.-]+-docker\\.pkg\\.dev/cloud-builders/)");

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        Map<String, Set<Trigger>> triggers = CloudBuildTriggers.find(ctx.repo());
        for (RepoFile f : files) {
            String text = ctx.repo().text(f.path()).orElse("");
            java.util.Optional<YamlNode> parsed = ctx.parse(CiSystem.CLOUD_BUILD, f.path(), text);
            if (parsed.isEmpty()) {
                continue;
            }
            YamlNode root = parsed.get();
            Set<Trigger> t = triggers.get(f.path());
            if (t == null) {
                ctx.triggersOutside(CiSystem.CLOUD_BUILD, f.path(), "set up in Google Cloud, and no trigger definition in the repository names it");
                t = Set.of();
            } else {
                ctx.read(CiSystem.CLOUD_BUILD, f.path());
            }
            steps(ctx, f.path(), root, new YamlSpan(text), t);
        }
    }

    private static void steps(CiContext ctx, String path, YamlNode root, YamlSpan span, Set<Trigger> triggers) {
        Set<String> frontier = new LinkedHashSet<>();
        int n = 0;
        for (YamlNode step : root.get("steps").items()) {
            String id = step.get("id").textOr("step " + ++n);
            List<String> waitFor = step.get("waitFor").texts();
            List<String> needs;
            if (!step.has("waitFor")) {
                needs = new ArrayList<>(frontier);
                frontier.clear();
            } else if (waitFor.contains("-")) {
                needs = List.of();
            } else {
                needs = waitFor;
                frontier.removeAll(waitFor);
            }
            frontier.add(id);
            JobBuilder b = ctx.job(CiSystem.CLOUD_BUILD, path, path, id).triggers(triggers).needs(needs)
                    .lines(span.start(step), span.end(step))
                    .mayFail(step.get("allowFailure").textOr("false").equals("true") || step.has("allowExitCodes"));
            b.shell(command(step), step.get("dir").textOr(""));
            b.secrets(step.get("secretEnv").texts());
            b.emit();
        }
    }

    /** The command line a step runs. */
    static String command(YamlNode step) {
        if (step.get("script").hasContent()) {
            return step.get("script").textOr("");
        }
        List<String> args = step.get("args").isSequence() ? step.get("args").texts() : List.of(step.get("args").textOr(""));
        String entrypoint = step.get("entrypoint").textOr("");
        if ((entrypoint.equals("bash") || entrypoint.equals("sh")) && args.size() >= 2 && args.get(0).equals("-c")) {
            return args.get(1);
        }
        String image = step.get("name").textOr("");
        if (entrypoint.isEmpty() && !BUILDERS.matcher(image).find()) {
            return String.join(" ", args); // another image's args are the whole command line its entrypoint runs
        }
        String tool = entrypoint.isEmpty() ? image.replaceFirst("[:@].*$", "").replaceFirst("^.*/", "") : entrypoint;
        return (tool + " " + String.join(" ", args)).strip();
    }
}
