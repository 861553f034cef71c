package dev.maturity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.RubricLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control catalogue: shipped as data, extended like the rubric, every error with file and line. */
class CatalogueLoaderTest {

    private static final Rubric RUBRIC = RubricLoader.loadDefault();

    @TempDir
    Path dir;

    @Test
    void the_shipped_catalogue_covers_the_eu_articles_and_every_framework_reference_of_the_rubric() {
        ControlCatalogue c = CatalogueLoader.load(null, RUBRIC);
        assertThat(c.of(EnumSet.of(Framework.EU_AI_ACT))).extracting(Control::id)
                .containsExactly("Art.9", "Art.10", "Art.11", "Art.12", "Art.13", "Art.14", "Art.15", "Art.17", "Art.26", "Art.72");
        List<String> keys = c.controls().stream().map(Control::key).toList();
        RUBRIC.criteria().forEach(cr -> cr.references().stream().filter(r -> !r.startsWith("seed:")).forEach(r -> {
            String key = r.replace("EU-AI-Act:", "eu-ai-act:").replace("NIST-AI-RMF:", "nist-ai-rmf:").replace("ISO-42001:", "iso-42001:");
            assertThat(keys).as(cr.id() + " references " + r).contains(key);
            assertThat(c.controls().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow().criteria()).contains(cr.id());
        }));
        assertThat(c.digest()).matches("[0-9a-f]{64}");
    }

    @Test
    void a_file_replaces_adds_and_removes_controls() throws Exception {
        Path f = Files.writeString(dir.resolve("ours.yaml"), """
                remove: [eu-ai-act:Art.26]
                controls:
                  - framework: eu-ai-act
                    id: "Art.15"
                    title: Accuracy (our reading)
                    criteria: [eval.regression-suite-in-ci]
                  - framework: iso-42001
                    id: "A.8.2"
                    title: System documentation for users
                    criteria: [gov.owner-and-model-card]
                """);
        ControlCatalogue c = CatalogueLoader.load(f, RUBRIC);
        List<String> keys = c.controls().stream().map(Control::key).toList();
        assertThat(keys).doesNotContain("eu-ai-act:Art.26").contains("iso-42001:A.8.2");
        Control art15 = c.controls().stream().filter(x -> x.key().equals("eu-ai-act:Art.15")).findFirst().orElseThrow();
        assertThat(art15.criteria()).containsExactly("eval.regression-suite-in-ci");
        assertThat(art15.origin()).isEqualTo(f + ":3");
        assertThat(c.digest()).isNotEqualTo(CatalogueLoader.load(null, RUBRIC).digest());
    }

    @Test
    void errors_name_the_file_and_line() throws Exception {
        Path framework = Files.writeString(dir.resolve("a.yaml"), "controls:\n  - framework: sox\n    id: \"404\"\n    criteria: [repro.code-in-git]\n");
        assertThatThrownBy(() -> CatalogueLoader.load(framework, RUBRIC)).isInstanceOf(CatalogueException.class)
                .hasMessage(framework + ":2: unknown framework 'sox' (valid: eu-ai-act, nist-ai-rmf, iso-42001)");
        Path remove = Files.writeString(dir.resolve("b.yaml"), "remove:\n  - eu-ai-act:Art.99\n");
        assertThatThrownBy(() -> CatalogueLoader.load(remove, RUBRIC))
                .hasMessageStartingWith(remove + ":2: remove: no control 'eu-ai-act:Art.99'");
        Path empty = Files.writeString(dir.resolve("c.yaml"), "controls:\n  - framework: eu-ai-act\n    id: \"Art.9\"\n");
        assertThatThrownBy(() -> CatalogueLoader.load(empty, RUBRIC))
                .hasMessage(empty + ":2: control eu-ai-act:Art.9 maps no criteria (criteria: [id, ...])");
        Path broken = Files.writeString(dir.resolve("d.yaml"), "controls: [\n");
        assertThatThrownBy(() -> CatalogueLoader.load(broken, RUBRIC)).isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith(broken + ":");
    }
}
