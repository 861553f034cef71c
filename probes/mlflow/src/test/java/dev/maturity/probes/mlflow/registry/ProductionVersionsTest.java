package dev.maturity.probes.mlflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.MlflowLocation;
import dev.maturity.core.model.Strength;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionVersionsTest {

    static final List<String> ALIASES = List.of("champion", "production", "prod");

    static ModelVersion version(String model, String v, String stage, String status, String... aliases) {
        return new ModelVersion(model, v, "run-" + v, status, stage, List.of(aliases), Map.of(), 0, "", "",
                new Evidence(MlflowLocation.modelVersion("http://mlflow", model, v, null), Strength.LIVE, null, ""));
    }

    @Test
    void the_first_configured_alias_wins_over_a_later_alias_and_the_stage() {
        var p = ProductionVersions.resolve(List.of(version("m", "1", "Production", "READY"),
                version("m", "2", "None", "READY", "prod"), version("m", "3", "None", "READY", "champion")), ALIASES);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.version().version()).isEqualTo("3");
            assertThat(x.chosenBy()).isEqualTo("alias champion");
        });
    }

    @Test
    void the_stage_production_counts_when_no_alias_is_set() {
        var p = ProductionVersions.resolve(List.of(version("m", "1", "Production", "READY"), version("m", "2", "Staging", "READY")), ALIASES);
        assertThat(p).extracting(x -> x.version().version() + " " + x.chosenBy()).containsExactly("1 stage Production");
    }

    @Test
    void models_without_a_marker_are_not_in_production_when_another_model_is_marked() {
        var p = ProductionVersions.resolve(List.of(version("a", "1", "None", "READY", "champion"),
                version("b", "7", "None", "READY")), ALIASES);
        assertThat(p).extracting(x -> x.version().label()).containsExactly("a/1");
    }

    @Test
    void with_no_marker_anywhere_the_latest_ready_version_stands_in() {
        var p = ProductionVersions.resolve(List.of(version("a", "9", "None", "READY"), version("a", "10", "None", "READY"),
                version("a", "11", "None", "FAILED_REGISTRATION")), ALIASES);
        assertThat(p).extracting(x -> x.version().label() + " " + x.chosenBy()).containsExactly("a/10 latest READY");
    }

    @Test
    void a_challenger_alias_is_not_a_production_alias() {
        assertThat(ProductionVersions.aliased(List.of(version("a", "2", "None", "READY", "challenger")), ALIASES)).isEmpty();
    }
}
