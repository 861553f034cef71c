package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The CI examples in docs/examples parse, and every flag they give the scanner is a real option of its command. */
class CiExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*)");

    /** A flag handed to a maturity subcommand: {@code scan --baseline}. */
    record Use(String command, String flag) {
    }

    @Test
    void the_github_workflow_parses_and_names_only_real_flags() throws Exception {
        YamlNode workflow = SafeYaml.parse(Files.readString(EXAMPLES.resolve("github-maturity.yml")));
        List<String> scripts = new ArrayList<>();
        workflow.get("jobs").entries().values().forEach(job -> job.get("steps").items()
                .forEach(step -> step.get("run").text().ifPresent(scripts::add)));

        List<Use> uses = uses(scripts);

        assertThat(workflow.at("on", "pull_request").isMissing()).isFalse();
        assertThat(unknown(uses)).isEmpty();
        assertThat(uses).extracting(Use::flag).contains("--baseline-ref", "--fail-on-regression", "--format", "--output-dir",
                "--min-level", "--waivers").doesNotContain("--baseline");
        List<String> actions = new ArrayList<>();
        workflow.get("jobs").entries().values().forEach(job -> job.get("steps").items()
                .forEach(step -> step.get("uses").text().ifPresent(actions::add)));
        assertThat(actions).contains("github/codeql-action/upload-sarif@v3", "mikepenz/action-junit-report@v4",
                "actions/upload-artifact@v4");
    }

    @Test
    void the_gitlab_job_parses_and_names_only_real_flags() throws Exception {
        YamlNode pipeline = SafeYaml.parse(Files.readString(EXAMPLES.resolve("gitlab-maturity.yml")));
        List<Use> uses = uses(pipeline.at("maturity", "script").texts());

        assertThat(unknown(uses)).isEmpty();
        assertThat(uses).extracting(Use::flag).contains("--baseline-ref", "--fail-on-regression", "--format", "--output-dir")
                .doesNotContain("--baseline");
        assertThat(pipeline.at("maturity", "artifacts", "reports", "junit").textOr("")).isEqualTo("maturity-report/maturity.xml");
    }

    @Test
    void a_flag_the_scanner_does_not_have_is_caught() {
        List<Use> uses = uses(List.of("java -jar maturity.jar scan . \\\n  --format sarif --fail-on-drop\n"));

        assertThat(unknown(uses)).containsExactly("scan --fail-on-drop");
    }

    /** Flags on lines that run the jar, and in MATURITY_ARGS (handed to {@code scan}). */
    static List<Use> uses(List<String> scripts) {
        List<Use> out = new ArrayList<>();
        for (String script : scripts) {
            for (String line : script.replace("\\\n", " ").split("\n")) {
                String command = null;
                String rest = line;
                int jar = line.indexOf("maturity.jar ");
                if (jar >= 0) {
                    rest = line.substring(jar + "maturity.jar ".length()).trim();
                    command = rest.split("\\s+")[0];
                } else if (line.contains("MATURITY_ARGS=")) {
                    command = "scan";
                    rest = line.substring(line.lastIndexOf("MATURITY_ARGS="));
                }
                if (command == null) {
                    continue;
                }
                Matcher m = FLAG.matcher(rest);
                while (m.find()) {
                    out.add(new Use(command, m.group(1)));
                }
            }
        }
        return out;
    }

    static TreeSet<String> unknown(List<Use> uses) {
        CommandLine cli = Main.commandLine();
        TreeSet<String> out = new TreeSet<>();
        for (Use u : uses) {
            CommandLine sub = cli.getSubcommands().get(u.command());
            if (sub == null || sub.getCommandSpec().findOption(u.flag()) == null) {
                out.add(u.command() + " " + u.flag());
            }
        }
        return out;
    }
}
