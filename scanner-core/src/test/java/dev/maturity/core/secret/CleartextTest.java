package dev.maturity.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A credential over plain http is noted when it leaves the machine: not over https, not on loopback, not without one. */
class CleartextTest {

    @Test
    void a_credential_to_a_plain_http_host_elsewhere_is_noted() {
        assertThat(Cleartext.note("http://mlflow.internal:5000", true)).contains(
                "credentials go over plain http to mlflow.internal:5000, readable by anyone on the network path: use https");
        assertThat(Cleartext.note("HTTP://10.0.0.7/", true)).contains(
                "credentials go over plain http to 10.0.0.7, readable by anyone on the network path: use https");
    }

    @Test
    void https_loopback_and_no_credential_are_not() {
        assertThat(Cleartext.note("https://mlflow.internal:5000", true)).isEmpty();
        assertThat(Cleartext.note("http://127.0.0.1:5000", true)).isEmpty();
        assertThat(Cleartext.note("http://localhost:5000", true)).isEmpty();
        assertThat(Cleartext.note("http://[::1]:5000", true)).isEmpty();
        assertThat(Cleartext.note("http://mlflow.internal:5000", false)).isEmpty();
    }
}
