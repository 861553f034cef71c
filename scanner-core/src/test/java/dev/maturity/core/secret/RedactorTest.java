package dev.maturity.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A secret the process holds is removed from output in every form it could have been sent or echoed in. */
class RedactorTest {

    static final String TOKEN = "glpat-Redactor+Test/Token=0001";

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokenFromTheEnvironmentIsMaskedRawUrlEncodedAndInBase64WithTheUsersTokensAreSentAs() {
        Redactor.fromEnvironment(Map.of("GIT_TOKEN", TOKEN, "HOME", "/home/ci", "PATH", "/usr/bin:/bin"));

        String echoed = "server said: " + TOKEN + " | " + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8)
                + " | Basic " + b64("x-access-token:" + TOKEN) + " | " + b64(TOKEN)
                + " | " + Base64.getUrlEncoder().withoutPadding().encodeToString(("oauth2:" + TOKEN).getBytes(StandardCharsets.UTF_8));

        assertThat(Redactor.redact(echoed)).isEqualTo("server said: *** | *** | Basic *** | *** | ***");
        assertThat(Redactor.redact("HOME is /home/ci")).as("values of variables that are not credentials stay").isEqualTo("HOME is /home/ci");
    }

    @Test
    void aTokenSentWithAUserNameTheRedactorWasNeverToldIsMaskedInsideTheEncodedHeader() {
        String token = "kube-bearer-Redactor-0f1e2d3c";
        Redactor.secret(token);

        for (String user : new String[] {"scanner", "ab", "system:serviceaccount:ml:reader"}) {
            String header = b64(user + ":" + token);
            String masked = Redactor.redact("echo: Basic " + header);
            assertThat(masked).as(user).contains("***").doesNotContain(header);
            String[] parts = masked.substring("echo: Basic ".length()).split("\\*\\*\\*", -1);
            String decodable = parts[0].substring(0, parts[0].length() / 4 * 4);
            assertThat(new String(Base64.getDecoder().decode(decodable), StandardCharsets.UTF_8)).as(user).doesNotContain("kube-bearer");
        }
        assertThat(Redactor.redact("a plain sentence with no encoded text")).isEqualTo("a plain sentence with no encoded text");
    }

    @Test
    void aUrlPasswordIsMaskedWithItsOwnUserInBase64() {
        Redactor.pair("deploy-bot", "p@ss:w0rd/with@signs");

        assertThat(Redactor.redact("Authorization: Basic " + b64("deploy-bot:p@ss:w0rd/with@signs")))
                .isEqualTo("Authorization: Basic ***");
        assertThat(Redactor.redact("https://deploy-bot:p%40ss%3Aw0rd%2Fwith%40signs@host")).doesNotContain("w0rd");
    }

    @Test
    void shortValuesAreNotTreatedAsSecretsSoOrdinaryWordsSurvive() {
        Redactor.secret("abc");
        assertThat(Redactor.redact("abc and abcdef")).isEqualTo("abc and abcdef");
    }

    @Test
    void aUrlLosesItsUserInfoUpToTheLastAtAndItsPasswordParameters() {
        assertThat(Redactor.url("https://bot:p@ss@host.example/team/app.git")).isEqualTo("https://host.example/team/app.git");
        assertThat(Redactor.url("https://x-access-token:t0k@n@github.example?ref=a@b")).isEqualTo("https://github.example?ref=a@b");
        assertThat(Redactor.url("jdbc:postgresql://db:5432/maturity?user=m&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/maturity?user=m&password=***&ssl=true");
        assertThat(Redactor.url("jdbc:postgresql://u:pw@db/maturity")).isEqualTo("jdbc:postgresql://db/maturity");
        assertThat(Redactor.url("/var/lib/maturity/history.db")).isEqualTo("/var/lib/maturity/history.db");
        assertThat(Redactor.url("https://api.cluster.example:6443")).isEqualTo("https://api.cluster.example:6443");
        assertThat(Redactor.url(null)).isEmpty();
    }
}
