package dev.maturity.probes.git.deploy;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.notebooks.DockerfileNotebookExtractor;
import dev.maturity.probes.git.wiring.PipelineFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dockerfiles and compose files as deploy artefacts, with the code each deploys. A Dockerfile counts
 * when its image runs something ({@code CMD}/{@code ENTRYPOINT}, or a serving base image) and what it
 * copies exists; it deploys what it copies. A compose file counts through the services it builds.
 */
final class ContainerArtefacts {

    /** Base images that serve a model with their own entrypoint. */
    private static final Pattern SERVING_BASE = Pattern.compile(
            "(?i)tensorflow/serving|tritonserver|vllm/vllm-openai|text-generation-inference|torchserve|seldonio/|kserve/|mlflow|bentoml|ollama");
    private static final Pattern NOT_DEPLOYED = Pattern.compile("(?i)(^|/)(\\.devcontainer|tests?|e2e|integration[-_]?tests?|testing)/");

    private ContainerArtefacts() {
    }

    static boolean isCompose(RepoFile f) {
        String n = f.name().toLowerCase(Locale.ROOT);
        return (n.startsWith("docker-compose") || n.startsWith("compose")) && (n.endsWith(".yml") || n.endsWith(".yaml"))
                && !n.contains("test") && !n.contains(".ci.");
    }

    static boolean deployable(String path) {
        return !NOT_DEPLOYED.matcher(path).find();
    }

    /** A Dockerfile whose image runs something and whose copied sources exist, with what it copies. */
    static Optional<DeployArtefact> dockerfile(RepoSnapshot repo, RepoFile f) {
        String text = repo.text(f.path()).orElse("");
        List<DockerInstruction> ins = DockerInstruction.read(text);
        boolean runs = ins.stream().anyMatch(i -> i.op().equals("CMD") || i.op().equals("ENTRYPOINT"))
                || ins.stream().anyMatch(i -> i.op().equals("FROM") && SERVING_BASE.matcher(i.args()).find());
        if (!runs) {
            return Optional.empty();
        }
        String dir = f.dir();
        boolean rootContext = dir.isEmpty() || Coverage.DEPLOY_DIRS.contains(dir.split("/")[0].toLowerCase(Locale.ROOT))
                || repo.files(x -> x.dir().equals(dir) && !DockerfileNotebookExtractor.isDockerfile(x) && !x.name().equals(".dockerignore"))
                        .isEmpty();
        String context = rootContext ? "" : dir;
        Set<String> covers = new LinkedHashSet<>();
        int copies = 0;
        for (DockerInstruction i : ins) {
            if (!i.op().equals("COPY") && !i.op().equals("ADD")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of(i.args().replaceAll("[\\[\\]\",]", " ").strip().split("\\s+")));
            if (args.stream().anyMatch(a -> a.startsWith("--from"))) {
                continue;
            }
            args.removeIf(a -> a.startsWith("--"));
            if (args.size() < 2) {
                continue;
            }
            for (String src : args.subList(0, args.size() - 1)) {
                copies++;
                resolve(repo, context, src).ifPresent(covers::add);
            }
        }
        if (copies > 0 && covers.isEmpty()) {
            return Optional.empty(); // it copies only what the repository does not hold
        }
        if (covers.isEmpty()) {
            covers.add(context);
        }
        DockerInstruction cmd = ins.stream().filter(i -> i.op().equals("CMD") || i.op().equals("ENTRYPOINT")).reduce((a, b) -> b)
                .orElse(ins.get(0));
        return Optional.of(new DeployArtefact(repo.name(), "Dockerfile", f.path(), List.copyOf(covers), List.of(),
                repo.evidence(f.path(), cmd.line(), cmd.endLine(), Strength.DECLARED, "Dockerfile image runs: " + shorten(cmd.text()))));
    }

    /** A COPY source: a file or directory of the build context (or of the repository root), "." for the context itself. */
    private static Optional<String> resolve(RepoSnapshot repo, String context, String src) {
        String s = src.replaceFirst("^\\./", "").replaceAll("/+$", "").replaceAll("/?\\*.*$", "");
        if (s.isEmpty() || s.equals(".")) {
            return Optional.of(context);
        }
        for (String base : context.isEmpty() ? List.of("") : List.of(context, "")) {
            String p = base.isEmpty() ? s : base + "/" + s;
            if (repo.exists(p) || !repo.files(x -> x.path().startsWith(p + "/")).isEmpty()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** A compose file that builds at least one service from the repository: it deploys those build contexts. */
    static Optional<DeployArtefact> compose(RepoSnapshot repo, RepoFile f) {
        YamlNode doc;
        try {
            doc = SafeYaml.parse(repo.text(f.path()).orElse(""));
        } catch (YamlParseException e) {
            return Optional.empty(); // not ours to report: the manifest extractor reads YAML under deploy paths
        }
        Set<String> covers = new LinkedHashSet<>();
        List<String> built = new ArrayList<>();
        doc.get("services").entries().forEach((name, svc) -> {
            YamlNode b = svc.get("build");
            String ctx = b.text().orElse(b.get("context").textOr(null));
            if (ctx == null) {
                return;
            }
            String p = PipelineFiles.join(f.dir(), ctx);
            if (p != null && (p.isEmpty() || !repo.files(x -> x.path().startsWith(p + "/")).isEmpty())) {
                covers.add(p);
                built.add(name);
            }
        });
        if (built.isEmpty()) {
            return Optional.empty();
        }
        YamlNode services = doc.get("services");
        return Optional.of(new DeployArtefact(repo.name(), "compose file", f.path(), List.copyOf(covers), List.of(),
                repo.evidence(f.path(), services.line(), services.endLine(), Strength.DECLARED,
                        "compose file builds and runs " + String.join(", ", built))));
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }
}
