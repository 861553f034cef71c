package dev.maturity.probes.git.deploy;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which part of the repository an artefact deploys. An artefact at the root, or under a top-level
 * deployment directory ({@code deploy/}, {@code k8s/}, {@code helm/}, {@code infra/}, ...), deploys
 * the repository; one deeper in the tree deploys its own directory (a tutorial's Dockerfile deploys
 * the tutorial, not the collection).
 */
public final class Coverage {

    /** Top-level directories whose artefacts deploy the whole repository. */
    static final Set<String> DEPLOY_DIRS = Set.of("deploy", "deployment", "deployments", "k8s", "kubernetes", "kube", "helm",
            "charts", "chart", "manifests", "infra", "infrastructure", "terraform", "docker", "ops", "devops", ".github", "gocd",
            ".circleci", "modal", "serverless", "cloudbuild", "build", "scripts", "ci", ".ci", "bin", "environments", "iac",
            "environment_setup", ".pipelines", "azure", "aws", "gcp", "cloud");

    private Coverage() {
    }

    /** The prefixes an artefact at {@code path} covers. */
    public static List<String> of(String path) {
        int slash = path.indexOf('/');
        if (slash < 0 || DEPLOY_DIRS.contains(path.substring(0, slash).toLowerCase(java.util.Locale.ROOT))) {
            return List.of("");
        }
        return List.of(path.substring(0, path.lastIndexOf('/')));
    }

    /** True when the path lies under one of the prefixes. */
    public static boolean covers(Collection<String> prefixes, String path) {
        for (String p : prefixes) {
            if (p.isEmpty() || path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }
}
