package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.kubernetes.serving.ModelRefs;
import org.junit.jupiter.api.Test;

class ModelRefsTest {

    @Test
    void registry_versions_runs_digests_and_version_paths_are_pinned() {
        assertThat(ModelRefs.pinned("models:/fraud-scorer/7")).isTrue();
        assertThat(ModelRefs.pinned("runs:/9f1c2d/model")).isTrue();
        assertThat(ModelRefs.pinned("oci://registry.example.com/models/fraud@sha256:" + "a".repeat(64))).isTrue();
        assertThat(ModelRefs.pinned("s3://ml-models/churn/v12")).isTrue();
        assertThat(ModelRefs.pinned("gs://ml-models/pricing/2026.11.20")).isTrue();
    }

    @Test
    void aliases_latest_and_moving_paths_are_not_pinned() {
        assertThat(ModelRefs.pinned("models:/fraud-scorer@champion")).isFalse();
        assertThat(ModelRefs.pinned("models:/fraud-scorer/Production")).isFalse();
        assertThat(ModelRefs.pinned("s3://ml-models/churn/v12/latest")).isFalse();
        assertThat(ModelRefs.pinned("oci://registry.example.com/models/fraud:latest")).isFalse();
        assertThat(ModelRefs.pinned("/opt/models/fraud")).isFalse();
    }

    @Test
    void stores_and_hub_ids_are_registries_local_paths_are_not() {
        assertThat(ModelRefs.fromStore("s3://ml-models/churn/v12")).isTrue();
        assertThat(ModelRefs.fromStore("meta-llama/Llama-3.1-8B-Instruct")).isTrue();
        assertThat(ModelRefs.fromStore("/opt/models/latest")).isFalse();
    }
}
