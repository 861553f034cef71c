package dev.maturity.probes.git.ci;

import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.List;
import java.util.Locale;

/**
 * The CI systems the scanner recognises, each keyed by the paths its configuration lives at (and,
 * for resources that may sit anywhere, a cheap look at the text). A system with a reader is read
 * into {@link CiJob}s; one without is reported as present and not interpreted. Paths, texts and
 * readers are told apart by {@code switch}es, not lambdas: no reader class is loaded, and nothing is
 * created at start-up, unless one of its system's files is in the tree. Order matters: a file
 * belongs to the first system that claims it.
 */
public enum CiSystem {
    GITHUB("github", "GitHub Actions"),
    GITLAB("gitlab", "GitLab CI"),
    JENKINS("jenkins", "Jenkins"),
    CIRCLECI("circleci", "CircleCI"),
    BUILDKITE("buildkite", "Buildkite"),
    BITBUCKET("bitbucket", "Bitbucket Pipelines"),
    DRONE("drone", "Drone"),
    WOODPECKER("woodpecker", "Woodpecker CI"),
    CLOUD_BUILD("cloudbuild", "Google Cloud Build"),
    GOCD("gocd", "GoCD"),
    TASKCLUSTER("taskcluster", "Taskcluster"),
    TEKTON("tekton", "Tekton"),
    ARGO("argo-workflows", "Argo Workflows"),
    AZURE("azure", "Azure Pipelines"),
    FORGEJO("forgejo", "Gitea/Forgejo Actions"),
    TRAVIS("travis", "Travis CI"),
    APPVEYOR("appveyor", "AppVeyor"),
    CIRRUS("cirrus", "Cirrus CI"),
    SEMAPHORE("semaphore", "Semaphore"),
    TEAMCITY("teamcity", "TeamCity"),
    BAMBOO("bamboo", "Bamboo"),
    CODEBUILD("codebuild", "AWS CodeBuild"),
    HARNESS("harness", "Harness"),
    SOURCEHUT("sourcehut", "sourcehut builds"),
    ZUUL("zuul", "Zuul");

    private static final List<String> AZURE_DIRS = List.of("/.azure-pipelines/", "/azure-pipelines/", "/.pipelines/", "/pipelines/",
            "/.azuredevops/", "/.azure/", "/.ado/", "/azure/");

    private final String id;
    private final String displayName;

    CiSystem(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The id jobs carry ({@link CiJob#system()}). */
    public String id() {
        return id;
    }

    /** The name reports show. */
    public String displayName() {
        return displayName;
    }

    /** Whether the file is this system's configuration: its path, and where paths are not enough, its text. */
    public boolean claims(RepoSnapshot repo, RepoFile file) {
        return path(file) && (!sniffed() || repo.text(file.path()).map(this::text).orElse(false));
    }

    private boolean path(RepoFile f) {
        String p = f.path();
        return switch (this) {
            case GITHUB -> directlyUnder(f, ".github/workflows/") && yaml(f);
            case GITLAB -> p.equals(".gitlab-ci.yml");
            case JENKINS -> f.name().startsWith("Jenkinsfile") || f.name().toLowerCase(Locale.ROOT).endsWith(".jenkinsfile");
            case CIRCLECI -> directlyUnder(f, ".circleci/") && yaml(f);
            case BUILDKITE -> p.startsWith(".buildkite/") || p.equals("buildkite.yml") || p.equals("buildkite.yaml") || p.equals("buildkite.json");
            case BITBUCKET -> p.equals("bitbucket-pipelines.yml");
            case DRONE -> p.equals(".drone.yml") || p.equals(".drone.yaml");
            case WOODPECKER -> p.equals(".woodpecker.yml") || p.equals(".woodpecker.yaml") || directlyUnder(f, ".woodpecker/") && yaml(f);
            case CLOUD_BUILD -> cloudBuild(f);
            case GOCD -> gocd(f);
            case TASKCLUSTER -> p.equals(".taskcluster.yml") || taskgraphKind(f);
            case TEKTON, ARGO -> yaml(f);
            case AZURE -> azurePath(f);
            case FORGEJO -> (directlyUnder(f, ".gitea/workflows/") || directlyUnder(f, ".forgejo/workflows/")) && yaml(f);
            case TRAVIS -> p.equals(".travis.yml");
            case APPVEYOR -> p.equals("appveyor.yml") || p.equals(".appveyor.yml");
            case CIRRUS -> p.equals(".cirrus.yml") || p.equals(".cirrus.star");
            case SEMAPHORE -> directlyUnder(f, ".semaphore/") && yaml(f);
            case TEAMCITY -> directlyUnder(f, ".teamcity/") && f.name().endsWith(".kts");
            case BAMBOO -> p.startsWith("bamboo-specs/");
            case CODEBUILD -> f.name().startsWith("buildspec") && yaml(f);
            case HARNESS -> directlyUnder(f, ".harness/") && yaml(f);
            case SOURCEHUT -> p.equals(".build.yml") || directlyUnder(f, ".builds/") && yaml(f);
            case ZUUL -> p.equals(".zuul.yaml") || p.equals("zuul.yaml") || directlyUnder(f, "zuul.d/");
        };
    }

    /** Systems whose paths are not enough to tell their files from other YAML. */
    private boolean sniffed() {
        return this == CLOUD_BUILD || this == TEKTON || this == ARGO || this == AZURE;
    }

    private boolean text(String t) {
        return switch (this) {
            case CLOUD_BUILD -> t.contains("steps");
            case TEKTON -> t.contains("tekton.dev/");
            case ARGO -> argoWorkflows(t);
            case AZURE -> azureText(t);
            default -> true;
        };
    }

    /** A new reader, or null when the system is recognised but not interpreted. */
    CiReader reader() {
        return switch (this) {
            case GITHUB -> new GithubWorkflowExtractor();
            case GITLAB -> new GitlabCiExtractor();
            case JENKINS -> new dev.maturity.probes.git.ci.jenkins.JenkinsfileReader();
            case CIRCLECI -> new dev.maturity.probes.git.ci.circleci.CircleCiReader();
            case BUILDKITE -> new dev.maturity.probes.git.ci.buildkite.BuildkiteReader();
            case BITBUCKET -> new dev.maturity.probes.git.ci.bitbucket.BitbucketReader();
            case DRONE -> new dev.maturity.probes.git.ci.drone.DroneReader();
            case WOODPECKER -> new dev.maturity.probes.git.ci.drone.WoodpeckerReader();
            case CLOUD_BUILD -> new dev.maturity.probes.git.ci.cloudbuild.CloudBuildReader();
            case GOCD -> new dev.maturity.probes.git.ci.gocd.GocdReader();
            case TASKCLUSTER -> new dev.maturity.probes.git.ci.taskcluster.TaskclusterReader();
            case TEKTON -> new dev.maturity.probes.git.ci.tekton.TektonReader();
            case ARGO -> new dev.maturity.probes.git.ci.argo.ArgoWorkflowsReader();
            case AZURE -> new dev.maturity.probes.git.ci.azure.AzurePipelinesReader();
            default -> null;
        };
    }

    static boolean yaml(RepoFile f) {
        String n = f.name().toLowerCase(Locale.ROOT);
        return n.endsWith(".yml") || n.endsWith(".yaml");
    }

    /** Where Azure Pipelines files are kept: {@code azure-pipelines*.yml} anywhere, or YAML in a pipelines directory. */
    static boolean azurePath(RepoFile f) {
        if (!yaml(f)) {
            return false;
        }
        String n = f.name().toLowerCase(Locale.ROOT);
        String dir = "/" + f.dir().toLowerCase(Locale.ROOT) + "/";
        return n.startsWith("azure-pipelines") || n.startsWith(".vsts-ci") || n.endsWith("pipeline.yml") || n.endsWith("pipeline.yaml")
                || AZURE_DIRS.stream().anyMatch(dir::contains);
    }

    /** Text only Azure Pipelines files have: tasks, pools, Azure step keys, predefined variables. */
    static boolean azureText(String t) {
        return t.contains("vmImage") || t.contains("- task:") || t.contains("- script:") || t.contains("- bash:")
                || t.contains("- pwsh:") || t.contains("- powershell:") || t.contains("- deployment:") || t.contains("$(Build.")
                || t.contains("- template:") || t.contains("checkout: self") || t.contains("- repository:") || t.contains("extends:");
    }

    /** {@code cloudbuild.yaml}, {@code cloudbuild-staging.yml}, {@code deploy.cloudbuild.json}, files of a {@code cloudbuild/} directory. */
    static boolean cloudBuild(RepoFile f) {
        String n = f.name().toLowerCase(Locale.ROOT);
        boolean ext = n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
        return ext && (n.startsWith("cloudbuild") || n.contains(".cloudbuild.") || ("/" + f.dir() + "/").contains("/cloudbuild/"));
    }

    /** {@code *.gocd.yaml} anywhere; YAML, jsonnet and {@code .gopipeline.json} of a {@code gocd/} directory. */
    static boolean gocd(RepoFile f) {
        String n = f.name().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gocd.yaml") || n.endsWith(".gocd.yml")) {
            return true;
        }
        String dir = "/" + f.dir().toLowerCase(Locale.ROOT) + "/";
        return (dir.contains("/gocd/") || dir.contains("/.gocd/"))
                && (yaml(f) || n.endsWith(".jsonnet") || n.endsWith(".gopipeline.json"));
    }

    /** Argo Workflows kinds and the Argo Events resources that start them (Argo Rollouts and Argo CD share the API group and are not CI). */
    static boolean argoWorkflows(String t) {
        return t.contains("argoproj.io/") && (t.contains("kind: Workflow") || t.contains("kind: CronWorkflow")
                || t.contains("kind: ClusterWorkflowTemplate") || t.contains("kind: Sensor") || t.contains("kind: EventSource"));
    }

    /** {@code taskcluster/kinds/NAME/kind.yml} (or the older {@code taskcluster/ci/}). */
    static boolean taskgraphKind(RepoFile f) {
        String p = f.path();
        return (p.startsWith("taskcluster/kinds/") || p.startsWith("taskcluster/ci/")) && f.name().equals("kind.yml")
                && p.chars().filter(c -> c == '/').count() == 3;
    }

    /** A file directly in the directory (not in a subdirectory of it). */
    static boolean directlyUnder(RepoFile f, String dir) {
        return f.path().startsWith(dir) && f.path().indexOf('/', dir.length()) < 0;
    }
}
