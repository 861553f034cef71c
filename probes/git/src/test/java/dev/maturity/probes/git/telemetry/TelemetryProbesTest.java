package dev.maturity.probes.git.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.ClassicalProject;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelemetryProbesTest {

    @TempDir
    Path dir;

    @Test
    void otelGenAiAttributesAndAFeatureLabelledTokenCounter() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("app/llm.py", """
                    import anthropic
                    from opentelemetry import metrics, trace

                    meter = metrics.get_meter("assistant")
                    tokens = meter.create_counter("gen_ai.client.token.usage")

                    def complete(prompt, feature):
                        msg = anthropic.Anthropic().messages.create(model="claude-sonnet-4-20250514", max_tokens=512,
                                                                     messages=[{"role": "user", "content": prompt}])
                        tokens.add(msg.usage.input_tokens, {"app.feature": feature, "gen_ai.token.type": "input"})
                        return msg
                    """).commit("assistant");
        }
        Scanned s = Scanned.of(dir);
        Finding telemetry = s.run(new GenAiTelemetryProbe(), Track.LLM);
        assertThat(telemetry.outcome()).isEqualTo(Outcome.MET);
        assertThat(telemetry.evidence()).extracting(Evidence::locator).containsExactly(s.at("app/llm.py", 5, 5));
        Finding cost = s.run(new CostAttributedByFeatureProbe(), Track.LLM);
        assertThat(cost.outcome()).isEqualTo(Outcome.MET);
        assertThat(cost.evidence()).extracting(Evidence::locator).containsExactly(s.at("app/llm.py", 10, 10));
    }

    @Test
    void tokenTelemetryWithoutAFeatureLabelIsNotCostByFeature() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("app/llm.py", """
                    import openlit
                    from openai import OpenAI

                    openlit.init(application_name="assistant")
                    client = OpenAI()
                    """).commit("assistant");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.run(new GenAiTelemetryProbe(), Track.LLM).outcome()).isEqualTo(Outcome.MET);
        Finding cost = s.run(new CostAttributedByFeatureProbe(), Track.LLM);
        assertThat(cost.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(cost.summary()).isEqualTo("GenAI telemetry is emitted but no token/cost metric or span carries a feature label");
        assertThat(cost.evidence()).extracting(Evidence::locator).containsExactly(s.tree(), s.at("app/llm.py", 1, 1));
    }

    @Test
    void servingCodeWithPrometheusMetricsCounts() {
        ClassicalProject.create(dir).close();
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new ServingMetricsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("serving metrics via prometheus_client");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at("src/serve.py", 5, 5));
    }

    @Test
    void metricsInABatchScriptAreNotServingMetrics() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("jobs/export.py", "from prometheus_client import CollectorRegistry, push_to_gateway\n")
                    .file("api/app.py", "from flask import Flask\napp = Flask(__name__)\n")
                    .commit("jobs");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new ServingMetricsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("serving code (flask) exposes no metrics");
    }

    @Test
    void aPrometheusTokenCounterWithAFeatureLabelAttributesCost() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("service/metrics.py", """
                    from prometheus_client import Counter

                    LLM_TOKENS = Counter("llm_tokens_total", "Tokens spent", ["feature", "model", "kind"])

                    def record(usage, feature, model):
                        LLM_TOKENS.labels(feature=feature, model=model, kind="prompt").inc(usage.prompt_tokens)
                    """).commit("token metrics");
        }
        Scanned s = Scanned.of(dir);
        Finding cost = s.run(new CostAttributedByFeatureProbe(), Track.LLM);
        assertThat(cost.outcome()).isEqualTo(Outcome.MET);
        assertThat(cost.evidence()).extracting(Evidence::locator).containsExactly(s.at("service/metrics.py", 6, 6));
        Finding telemetry = s.run(new GenAiTelemetryProbe(), Track.LLM);
        assertThat(telemetry.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(telemetry.summary()).isEqualTo("no OpenTelemetry GenAI attributes or GenAI instrumentation in code");
        assertThat(telemetry.evidence()).extracting(Evidence::locator).containsExactly(s.tree());
    }

    @Test
    void metricsUnderAServingPathCountWithoutAFrameworkBesideThem() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("serving/telemetry.go", "package serving\n\nimport \"github.com/prometheus/client_golang/prometheus\"\n")
                    .commit("serving metrics");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new ServingMetricsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at("serving/telemetry.go", 3, 3));
    }
}
