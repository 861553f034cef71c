package dev.maturity.probes.git.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceTelemetryProbeTest {

    @TempDir
    Path dir;

    @Test
    void errorReportingSetUpInTheServingPackageIsServiceTelemetry() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("service/api/app.py", "from flask import Flask\n\napp = Flask(__name__)\n")
                    .file("service/monitoring.py", "import sentry_sdk\n\nsentry_sdk.init(dsn=DSN, traces_sample_rate=0.1)\n")
                    .commit("service");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new ServiceTelemetryProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("service telemetry: sentry in service/monitoring.py");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at("service/monitoring.py", 3, 3));
    }

    @Test
    void aServiceMonitorHelmTemplateHasTheServiceScraped() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("api/server.py", "from fastapi import FastAPI\n")
                    .file("deploy/helm/api/templates/servicemonitor.yaml", "{{- if .Values.metrics.enabled }}\napiVersion: monitoring.coreos.com/v1\n"
                            + "kind: ServiceMonitor\nmetadata:\n  name: {{ .Release.Name }}-api\n{{- end }}\n")
                    .commit("chart");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new ServiceTelemetryProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("service telemetry: ServiceMonitor in deploy/helm/api/templates/servicemonitor.yaml");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at("deploy/helm/api/templates/servicemonitor.yaml", 3, 3));
    }

    @Test
    void tracingInANotebookOrAnotherComponentIsNotTheService() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("api/server.py", "from fastapi import FastAPI\n")
                    .file("experiments/trace_demo.py", "from langfuse import Langfuse\n\nlangfuse = Langfuse()\n")
                    .commit("demo");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new ServiceTelemetryProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("telemetry set up outside the serving component (experiments/trace_demo.py)");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(s.at("experiments/trace_demo.py", 1, 1), s.tree());
    }

    @Test
    void aFalconApiWhosePackageInitialisesSentryIsServiceTelemetry() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("shop/app/api.py", "import falcon\n\nfrom shop import settings\n\napi = falcon.App()\n")
                    .file("shop/settings.py", "import sentry_sdk\n\ndef init_sentry():\n    sentry_sdk.init(dsn=DSN)\n")
                    .file("tests/test_api.py", "import falcon.testing\n")
                    .commit("api");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new ServiceTelemetryProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("service telemetry: sentry in shop/settings.py");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at("shop/settings.py", 4, 4));
    }

    @Test
    void anAiohttpClientIsNoServiceButAnAiohttpWebAppIs() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("fetcher/download.py", "import aiohttp\n")
                    .file("fetcher/telemetry.py", "import sentry_sdk\nsentry_sdk.init(dsn=DSN)\n")
                    .commit("client");
        }
        Scanned client = Scanned.of(dir);
        assertThat(client.run(new ServiceTelemetryProbe()).summary()).isEqualTo("no serving code and no scraped service");
        try (GitRepoBuilder repo = GitRepoBuilder.open(dir)) {
            repo.file("fetcher/server.py", "from aiohttp import web\n\napp = web.Application()\n").commit("server");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new ServiceTelemetryProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("service telemetry: sentry in fetcher/telemetry.py");
    }
}
