package dev.maturity.probes.git.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A git credential goes to the origin it was given for and nowhere else: recording servers over TLS
 * on loopback (a test certificate the client trusts) see the token where it belongs (the positive
 * control), never on the host a redirect points to, and never over plain http without the opt-in.
 */
class CredentialOriginTest {

    static final String TOKEN = "ghp_origin0bound0token0value0000000000";
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path keys;

    static SSLContext tls;
    static SSLSocketFactory savedFactory;

    @TempDir
    Path tmp;

    final List<HttpServer> servers = new CopyOnWriteArrayList<>();

    /** One request a server saw: its path and the Authorization header, if any. */
    record Seen(String path, String authorization) {}

    @BeforeAll
    static void testCertificate() throws Exception {
        Path store = keys.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "loopback", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        savedFactory = HttpsURLConnection.getDefaultSSLSocketFactory();
        HttpsURLConnection.setDefaultSSLSocketFactory(tls.getSocketFactory());
    }

    @AfterAll
    static void restore() {
        HttpsURLConnection.setDefaultSSLSocketFactory(savedFactory);
    }

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    /** A server that records every request and answers with {@code respond}: a status, and a Location for redirects. */
    private HttpServer server(boolean https, List<Seen> seen, Function<Seen, Object[]> respond) throws IOException {
        InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
        HttpServer server;
        if (https) {
            HttpsServer s = HttpsServer.create(any, 0);
            s.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = s;
        } else {
            server = HttpServer.create(any, 0);
        }
        server.createContext("/", (HttpExchange exchange) -> {
            Seen request = new Seen(exchange.getRequestURI().toString(), exchange.getRequestHeaders().getFirst("Authorization"));
            seen.add(request);
            Object[] reply = respond.apply(request);
            int status = (Integer) reply[0];
            if (status == 401) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
            }
            if (reply.length > 1) {
                exchange.getResponseHeaders().add("Location", (String) reply[1]);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return server;
    }

    private static String base(HttpServer server, boolean https) {
        return (https ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Asks for credentials until given, then answers 404: enough to see what a client sends. */
    private static Object[] askThenNotFound(Seen s) {
        return new Object[] {s.authorization() == null ? 401 : 404};
    }

    private void fetch(String url, Map<String, String> extraEnv) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(RemoteCache.CACHE_ENV, tmp.resolve("cache").toString(),
                RemoteCache.TOKEN_ENV, TOKEN));
        env.putAll(extraEnv);
        assertThatThrownBy(() -> new RemoteCache(tmp.resolve("cache"), env).open(RemoteUrl.parse(url)))
                .isInstanceOf(RemoteFetchException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain(BASIC.substring(6)));
    }

    @Test
    void theHttpsRemoteThatAsksForTheTokenReceivesIt() throws IOException {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        HttpServer a = server(true, seen, CredentialOriginTest::askThenNotFound);

        fetch(base(a, true) + "/acme/app.git", Map.of());

        assertThat(seen).extracting(Seen::authorization).contains(BASIC);
    }

    @Test
    void aRedirectToAnotherOriginGetsNoCredential() throws IOException {
        List<Seen> atB = new CopyOnWriteArrayList<>();
        HttpServer b = server(true, atB, CredentialOriginTest::askThenNotFound);
        List<Seen> atA = new CopyOnWriteArrayList<>();
        HttpServer a = server(true, atA, s -> new Object[] {301, base(b, true) + s.path()});

        fetch(base(a, true) + "/acme/app.git", Map.of());

        assertThat(atB).as("host B was reached and asked for credentials").isNotEmpty();
        assertThat(atB).extracting(Seen::authorization).containsOnlyNulls();
    }

    @Test
    void aRedirectAfterAuthenticationCarriesNoCredentialToTheOtherOrigin() throws IOException {
        List<Seen> atB = new CopyOnWriteArrayList<>();
        HttpServer b = server(true, atB, CredentialOriginTest::askThenNotFound);
        List<Seen> atA = new CopyOnWriteArrayList<>();
        HttpServer a = server(true, atA, s -> s.authorization() == null ? new Object[] {401}
                : new Object[] {302, base(b, true) + s.path()});

        fetch(base(a, true) + "/acme/app.git", Map.of());

        assertThat(atA).extracting(Seen::authorization).contains(BASIC);
        assertThat(atB).as("host B was reached").isNotEmpty();
        assertThat(atB).extracting(Seen::authorization).containsOnlyNulls();
    }

    @Test
    void plainHttpGetsNoCredentialUnlessTheUserOptsIn() throws IOException {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        HttpServer a = server(false, seen, CredentialOriginTest::askThenNotFound);

        fetch(base(a, false) + "/acme/app.git", Map.of());
        assertThat(seen).isNotEmpty().extracting(Seen::authorization).containsOnlyNulls();

        seen.clear();
        fetch(base(a, false) + "/acme/app.git", Map.of(RemoteCache.ALLOW_HTTP_ENV, "true"));
        assertThat(seen).extracting(Seen::authorization).contains(BASIC);
    }

    @Test
    void aPasswordHoldingAnAtSignIsParsedUpToTheLastAt() {
        RemoteUrl url = RemoteUrl.parse("https://bot:p@ss@example.com/acme/app.git");
        assertThat(url.display()).isEqualTo("https://example.com/acme/app.git");
        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.origin()).isEqualTo("https://example.com:443");
        assertThat(url.scrub("cannot reach https://bot:p@ss@example.com/x")).isEqualTo("cannot reach https://example.com/x");
    }
}
