package dev.maturity.core.audit;

import dev.maturity.core.digest.Digests;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What evidence keeps and what it loses before it goes into a pack. */
class SecretScrubberTest {

    private static String scrub(String line) {
        return SecretScrubber.text(line, new int[1]);
    }

    @Test
    void values_of_keys_that_name_secrets_become_a_marker_with_their_sha256() {
        assertThat(scrub("      OPENAI_API_KEY: hunter2-very-secret"))
                .isEqualTo("      OPENAI_API_KEY: [REDACTED sha256:" + Digests.hex("hunter2-very-secret") + "]");
        assertThat(scrub("export DB_PASSWORD=correct-horse")).isEqualTo("export DB_PASSWORD=" + SecretScrubber.marker("correct-horse"));
        assertThat(scrub("{\"apiKey\": \"abc123def\"}")).isEqualTo("{\"apiKey\": \"" + SecretScrubber.marker("abc123def") + "\"}");
        assertThat(scrub("client_secret = 'xyz-987'")).isEqualTo("client_secret = '" + SecretScrubber.marker("xyz-987") + "'");
    }

    @Test
    void references_names_and_words_that_only_contain_token_stay_as_evidence() {
        for (String kept : new String[] {
            "      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}", "  token: $GITHUB_TOKEN", "key: OPENAI_API_KEY",
            "max_tokens: 512", "mlflow.trace.tokenUsage: {\"input\": 12}", "cache-key: ${{ hashFiles('**/lock') }}",
            "secretKeyRef:", "use_auth_token: true"}) {
            assertThat(scrub(kept)).as(kept).isEqualTo(kept);
        }
    }

    @Test
    void known_token_formats_are_removed_wherever_they_stand() {
        String aws = "AKIAIOSFODNN7EXAMPLE";
        String gh = "ghp_" + "a".repeat(36);
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        String line = "curl -H 'Authorization: Bearer " + jwt + "' --aws " + aws + " --gh " + gh + " --openai sk-ant-api03-abcdefghijklmnop";
        String out = scrub(line);
        assertThat(out).doesNotContain(aws, gh, jwt, "sk-ant-api03-abcdefghijklmnop")
                .contains(SecretScrubber.marker(aws), SecretScrubber.marker(gh), SecretScrubber.marker(jwt));
    }

    @Test
    void json_objects_lose_secret_fields_env_pairs_and_kubernetes_secret_data() throws Exception {
        JsonNode node = new ObjectMapper().readTree("""
                {"kind": "Secret", "data": {"password": "cGFzcw==", "user": "YWRtaW4="},
                 "spec": {"env": [{"name": "HF_TOKEN", "value": "plain-token-value"}, {"name": "MODE", "value": "prod"}]},
                 "tags": {"mlflow.trace.tokenUsage": "{\\"total\\": 40}", "api_key": "k-123456"}}
                """);
        int count = SecretScrubber.json(node);
        assertThat(count).isEqualTo(4);
        assertThat(node.path("data").path("password").asText()).isEqualTo(SecretScrubber.marker("cGFzcw=="));
        assertThat(node.path("data").path("user").asText()).isEqualTo(SecretScrubber.marker("YWRtaW4="));
        assertThat(node.path("spec").path("env").get(0).path("value").asText()).isEqualTo(SecretScrubber.marker("plain-token-value"));
        assertThat(node.path("spec").path("env").get(1).path("value").asText()).isEqualTo("prod");
        assertThat(node.path("tags").path("mlflow.trace.tokenUsage").asText()).isEqualTo("{\"total\": 40}");
        assertThat(node.path("tags").path("api_key").asText()).isEqualTo(SecretScrubber.marker("k-123456"));
    }
}
