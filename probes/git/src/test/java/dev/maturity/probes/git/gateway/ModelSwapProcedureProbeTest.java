package dev.maturity.probes.git.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.GovernedLlmRepo;
import dev.maturity.fixtures.platforms.UngovernedLlmRepo;
import dev.maturity.probes.git.ownership.ScannedRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSwapProcedureProbeTest {

    @TempDir
    Path tmp;

    @Test
    void aLiteLlmGatewayOverThreeProvidersWithFallbacksAndASwapRunbookIsAPlannedProcedure() {
        Path dir = tmp.resolve("support-assistant");
        ScannedRepo repo = ScannedRepo.scan(dir, GovernedLlmRepo.create(dir));
        Finding f = repo.evaluate(new ModelSwapProcedureProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("gateway gateway/litellm-config.yaml routes to anthropic, azure, openai with fallbacks;"
                + " swap runbook docs/runbooks/model-swap.md");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.at("docs/runbooks/model-swap.md", 1, 18),
                repo.at("gateway/litellm-config.yaml", 1, 21));
        assertThat(f.evidence().get(1).detail()).isEqualTo(
                "LiteLLM model_list of 3 over anthropic, azure, openai; fallbacks in router_settings.fallbacks (line 20)");
    }

    @Test
    void aSingleProviderGatewayWithoutFallbacksOrRunbookNamesWhatIsMissing() {
        Path dir = tmp.resolve("claims-bot");
        ScannedRepo repo = ScannedRepo.scan(dir, UngovernedLlmRepo.create(dir));
        Finding f = repo.evaluate(new ModelSwapProcedureProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("gateway gateway/config.yaml has only 1 provider (openai) and no fallbacks; no model-swap runbook");
        assertThat(ScannedRepo.locators(f)).containsExactlyInAnyOrder(repo.at("gateway/config.yaml", 1, 9), repo.tree());
    }

    @Test
    void aPortkeyFallbackWithoutARunbookIsNotYetAProcedure() {
        Path dir = tmp.resolve("portkey-app");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("config/portkey.json", """
                    {
                      "strategy": {"mode": "fallback", "on_status_codes": [429, 503]},
                      "targets": [
                        {"provider": "openai", "override_params": {"model": "gpt-4o"}},
                        {"provider": "anthropic", "override_params": {"model": "claude-sonnet-4-5"}}
                      ]
                    }
                    """).commit("portkey fallback").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.facts().of(GatewayConfig.class)).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(GatewayKind.PORTKEY);
            assertThat(g.providers()).containsExactly("anthropic", "openai");
            assertThat(g.swappable()).isTrue();
            assertThat(g.evidence().locator()).isEqualTo(repo.at("config/portkey.json", 1, 7));
        });
        Finding f = repo.evaluate(new ModelSwapProcedureProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no model-swap runbook");
    }

    @Test
    void aMalformedGatewayConfigIsUnreadableWithItsLineAndTheScanGoesOn() {
        Path dir = tmp.resolve("broken-gateway");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("litellm/config.yaml", "model_list:\n  - model_name: a\n    litellm_params: {model: openai/gpt-4o\n")
                    .file("docs/runbooks/provider-failover.md", """
                            # Provider failover
                            1. Switch the model alias to the standby provider in the gateway.
                            2. Confirm error rates recover.
                            """)
                    .commit("broken gateway").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.facts().unreadable()).singleElement().satisfies(u -> {
            assertThat(u.location().locator()).isEqualTo(repo.at("litellm/config.yaml", 4, 4));
            assertThat(u.message()).contains("expected ',' or '}'");
        });
        Finding f = repo.evaluate(new ModelSwapProcedureProbe());
        assertThat(f.summary()).isEqualTo("no LLM gateway config (LiteLLM model_list or Portkey strategy)");
        assertThat(ScannedRepo.locators(f)).contains(repo.at("docs/runbooks/provider-failover.md", 1, 3));
    }

    @Test
    void modelsNamedOnlyByEnvironmentVariablesAreNotDistinctProviders() {
        Path dir = tmp.resolve("env-models");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("config/router.yaml", """
                    model_list:
                      - model_name: weak
                        litellm_params:
                          model: os.environ/WEAK_MODEL
                      - model_name: strong
                        litellm_params:
                          model: os.environ/STRONG_MODEL
                    router_settings:
                      fallbacks:
                        - strong: [weak]
                    """).commit("router").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.facts().of(GatewayConfig.class)).singleElement().satisfies(g -> {
            assertThat(g.providers()).isEmpty();
            assertThat(g.fallbacks()).isTrue();
            assertThat(g.shortfall()).isEqualTo("no known provider");
            assertThat(g.evidence().detail()).isEqualTo("LiteLLM model_list of 2 over no known provider (2 model(s) of unknown provider);"
                    + " fallbacks in router_settings.fallbacks (line 10)");
        });
    }

    @Test
    void portkeyVirtualKeysNameAProviderOnlyByTheirSlugAndNeverAppearInEvidence() {
        Path dir = tmp.resolve("portkey-keys");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("gateway/portkey.yaml", """
                    strategy:
                      mode: fallback
                    targets:
                      - virtual_key: anthropic-prod-vk
                      - virtual_key: vk9f8e7d6c5b4a
                    """).commit("portkey with virtual keys").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.facts().of(GatewayConfig.class)).singleElement().satisfies(g -> {
            assertThat(g.providers()).containsExactly("anthropic");
            assertThat(g.swappable()).isFalse();
            assertThat(g.evidence().detail()).isEqualTo("Portkey fallback over 2 target(s): anthropic (1 target(s) of unknown provider)");
        });
        Finding f = repo.evaluate(new ModelSwapProcedureProbe());
        assertThat(f.summary()).isEqualTo("gateway gateway/portkey.yaml has only 1 provider (anthropic); no model-swap runbook");
        assertThat(f.evidence().toString()).doesNotContain("vk9f8e7d6c5b4a");
    }
}
