package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.scan.Registry;
import dev.maturity.core.spi.Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code maturity probes} lists every installed probe, and docs/probes.md is its Markdown form. */
class ProbesCommandTest {

    private static final Path DOC = Path.of("..", "docs", "probes.md");

    @Test
    void json_lists_every_installed_probe_with_its_question_remediation_and_the_criteria_that_use_it() throws Exception {
        Cli run = Cli.run("probes", "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        JsonNode catalogue = ReportJson.MAPPER.readTree(run.out());
        List<String> ids = new ArrayList<>();
        catalogue.get("probes").forEach(p -> ids.add(p.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(new TreeSet<>(Registry.discover().probes().keySet()));
        catalogue.get("probes").forEach(p -> assertThat(p.get("question").asText()).as(p.get("id").asText()).isNotBlank());

        JsonNode pinned = probe(catalogue, "git.dependencies-pinned");
        assertThat(pinned.get("source").asText()).isEqualTo("git");
        assertThat(pinned.get("remediation").asText()).isNotBlank();
        assertThat(texts(pinned.get("criteria"))).containsExactly("repro.deps-pinned (reproducibility, both, level 2)");
        assertThat(texts(probe(catalogue, "git.llm-workload").get("criteria"))).contains("llm track detection");
        // a plug-in's probe (here the tests' own) is listed too; no criterion of the default rubric uses it
        assertThat(texts(probe(catalogue, "test.nothing-found").get("criteria"))).isEmpty();
        assertThat(texts(catalogue.get("unused"))).contains("test.nothing-found", "test.repository-read");
    }

    @Test
    void every_probe_the_default_rubric_names_is_installed_and_used() throws Exception {
        Set<String> installed = Registry.discover().probes().keySet();
        assertThat(installed).containsAll(RubricLoader.loadDefault().probeIds());
        JsonNode catalogue = ReportJson.MAPPER.readTree(Cli.run("probes", "--format", "json").out());
        assertThat(texts(catalogue.get("unused"))).allSatisfy(id -> assertThat(id).startsWith("test."));
    }

    @Test
    void text_names_each_probe_its_source_and_its_criteria() {
        Cli run = Cli.run("probes");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("git.dependencies-pinned  [git]\n",
                "used by: repro.deps-pinned (reproducibility, both, level 2)\n");
    }

    @Test
    void docs_probes_md_is_the_markdown_listing_of_the_installed_probes() throws Exception {
        List<Probe> shipped = Registry.discover().probes().values().stream().filter(p -> !p.id().startsWith("test.")).toList();
        String expected = ProbeCatalogue.of(shipped, RubricLoader.loadDefault()).markdown();

        assertThat(Files.readString(DOC))
                .as("docs/probes.md is stale: java -jar cli/target/maturity.jar probes --format markdown > docs/probes.md")
                .isEqualTo(expected);
    }

    @Test
    void an_unknown_format_is_a_usage_error() {
        Cli run = Cli.run("probes", "--format", "yaml");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown format 'yaml' (available: text, json, markdown)");
    }

    private static JsonNode probe(JsonNode catalogue, String id) {
        for (JsonNode p : catalogue.get("probes")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no probe " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
