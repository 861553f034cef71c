package dev.maturity.probes.git.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.secret.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.Test;

/**
 * A credential from {@code ~/.netrc} is in no environment variable the redactor reads at start:
 * it becomes known to the redactor when it is handed to its origin, before any answer of that
 * origin (which may echo it) can be printed.
 */
class HandedOutCredentialTest {

    @Test
    void a_netrc_password_is_masked_once_handed_to_its_host() throws Exception {
        String password = "netrc-Only-Pass-91c2e7";
        String basic = Base64.getEncoder().encodeToString(("ci-bot:" + password).getBytes(StandardCharsets.UTF_8));
        String echo = "HTTP 500 rejected " + password + " (Basic " + basic + ")";
        assertThat(Redactor.redact(echo)).as("not known before it is handed out").contains(password);

        OriginBoundCredentials netrc = new OriginBoundCredentials(new UsernamePasswordCredentialsProvider("ci-bot", password),
                null, false);
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password pass = new CredentialItem.Password();
        boolean given = netrc.get(new URIish("https://git.example.com/acme/app.git"), user, pass);

        assertThat(given).isTrue();
        assertThat(Redactor.redact(echo)).isEqualTo("HTTP 500 rejected *** (Basic ***)");
    }
}
