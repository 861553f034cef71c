package dev.maturity.probes.git.ci.cloudbuild;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.ci.Trigger;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cloud Build triggers live in Google Cloud; a repository shows them only where it keeps their
 * definitions: trigger resources as {@code gcloud builds triggers export} writes them ({@code filename},
 * {@code github.pullRequest|push}, {@code repositoryEventConfig}, {@code triggerTemplate},
 * {@code sourceToBuild}), Terraform {@code google_cloudbuild_trigger} resources, or the
 * {@code gcloud builds triggers create} commands of scripts. This finds them,
 * keyed by the build file they run.
 */
final class CloudBuildTriggers {

    private static final Pattern GCLOUD_CREATE = Pattern.compile("gcloud\\s+(?:beta\\s+|alpha\\s+)?builds\\s+triggers\\s+create\\s+([\\w-]+)");
    private static final Pattern GCLOUD_CONFIG = Pattern.compile("--build-config[=\\s]+[\"']?([^\"'\\s]+)");
    private static final Pattern TF_RESOURCE = Pattern.compile("resource\\s+\"google_cloudbuild_trigger\"");
    private static final Pattern TF_PULL_REQUEST = Pattern.compile("\\bpull_request\\s*\\{");
    private static final Pattern TF_TAG = Pattern.compile("\\bpush\\s*\\{[^}]*\\btag\\s*=");
    private static final Pattern TF_PUSH = Pattern.compile("\\b(push|trigger_template)\\s*\\{");
    private static final Pattern TF_APPROVAL = Pattern.compile("approval_required\\s*=\\s*true");
    private static final Pattern TF_FILENAME = Pattern.compile("filename\\s*=\\s*\"([^\"]+)\"");

    private CloudBuildTriggers() {
    }

    /** Build file path → the triggers that run it, from every trigger definition in the tree. */
    static Map<String, Set<Trigger>> find(RepoSnapshot repo) {
        Map<String, Set<Trigger>> out = new HashMap<>();
        for (RepoFile f : repo.files(f -> f.hasExtension(".yaml", ".yml", ".json", ".tf", ".sh"))) {
            String text = repo.text(f.path()).orElse("");
            if (f.name().endsWith(".sh")) {
                if (text.contains("triggers create")) {
                    gcloud(text, out);
                }
                continue;
            }
            if (!text.contains("filename")) {
                continue;
            }
            if (f.name().endsWith(".tf")) {
                terraform(text, out);
            } else if (text.contains("github") || text.contains("triggerTemplate") || text.contains("repositoryEventConfig")
                    || text.contains("sourceToBuild")) {
                exported(repo, text, out);
            }
        }
        return out;
    }

    private static void exported(RepoSnapshot repo, String text, Map<String, Set<Trigger>> out) {
        List<YamlNode> docs;
        try {
            docs = SafeYaml.parseAll(text, repo.yamlBudget());
        } catch (YamlParseException e) {
            return; // not a trigger definition this reader can use; other readers report the file
        }
        for (YamlNode t : docs) {
            String file = t.get("filename").textOr("");
            if (file.isEmpty()) {
                continue;
            }
            Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
            for (YamlNode event : List.of(t.get("github"), t.get("repositoryEventConfig"), t.get("bitbucketServerTriggerConfig"))) {
                if (event.has("pullRequest")) {
                    triggers.add(Trigger.PULL_REQUEST);
                }
                if (event.has("push")) {
                    triggers.add(event.at("push", "tag").hasContent() ? Trigger.TAG : Trigger.PUSH);
                }
            }
            if (t.has("triggerTemplate")) {
                triggers.add(t.at("triggerTemplate", "tagName").hasContent() ? Trigger.TAG : Trigger.PUSH);
            }
            if (t.has("sourceToBuild") || t.at("approvalConfig", "approvalRequired").textOr("false").equals("true")) {
                triggers.clear();
                triggers.add(Trigger.MANUAL);
            }
            if (t.has("pubsubConfig") || t.has("webhookConfig")) {
                triggers.add(Trigger.OTHER);
            }
            out.computeIfAbsent(file.replaceFirst("^/", ""), k -> EnumSet.noneOf(Trigger.class)).addAll(triggers);
        }
    }

    /** {@code gcloud [beta] builds triggers create github|cloud-source-repositories|manual|pubsub|webhook ... --build-config=FILE} in scripts. */
    private static void gcloud(String text, Map<String, Set<Trigger>> out) {
        for (String line : text.replaceAll("\\\\\\R", " ").split("\\R")) {
            Matcher m = GCLOUD_CREATE.matcher(line);
            Matcher file = GCLOUD_CONFIG.matcher(line);
            if (!m.find() || line.strip().startsWith("#") || !file.find()) {
                continue;
            }
            Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
            switch (m.group(1)) {
                case "manual" -> triggers.add(Trigger.MANUAL);
                case "pubsub", "webhook" -> triggers.add(Trigger.OTHER);
                default -> {
                    if (line.contains("--pull-request-pattern")) {
                        triggers.add(Trigger.PULL_REQUEST);
                    }
                    if (line.contains("--tag-pattern")) {
                        triggers.add(Trigger.TAG);
                    }
                    if (line.contains("--branch-pattern")) {
                        triggers.add(Trigger.PUSH);
                    }
                }
            }
            if (line.contains("--require-approval")) {
                triggers.clear();
                triggers.add(Trigger.MANUAL);
            }
            out.computeIfAbsent(file.group(1).replaceFirst("^\\./", ""), k -> EnumSet.noneOf(Trigger.class)).addAll(triggers);
        }
    }

    /** Terraform {@code google_cloudbuild_trigger} resources, read by their block keywords. */
    private static void terraform(String text, Map<String, Set<Trigger>> out) {
        Matcher r = TF_RESOURCE.matcher(text);
        List<Integer> starts = new java.util.ArrayList<>();
        while (r.find()) {
            starts.add(r.start());
        }
        for (int i = 0; i < starts.size(); i++) {
            String block = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
            int next = block.indexOf("\nresource ", 1);
            block = next > 0 ? block.substring(0, next) : block;
            Matcher file = TF_FILENAME.matcher(block);
            if (!file.find()) {
                continue;
            }
            Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
            if (TF_PULL_REQUEST.matcher(block).find()) {
                triggers.add(Trigger.PULL_REQUEST);
            }
            if (TF_TAG.matcher(block).find()) {
                triggers.add(Trigger.TAG);
            } else if (TF_PUSH.matcher(block).find()) {
                triggers.add(Trigger.PUSH);
            }
            if (block.contains("source_to_build") || TF_APPROVAL.matcher(block).find()) {
                triggers.clear();
                triggers.add(Trigger.MANUAL);
            }
            out.computeIfAbsent(file.group(1).replaceFirst("^/", ""), k -> EnumSet.noneOf(Trigger.class)).addAll(triggers);
        }
    }
}
