package dev.maturity.probes.kubernetes.collect;

import dev.maturity.core.secret.Redactor;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the cluster is and how to authenticate: a kubeconfig ({@code KUBECONFIG} from the scan's
 * environment, else {@code ~/.kube/config}) with an optional context, or the in-cluster service
 * account. Credentials stay inside the client's configuration; nothing here prints them.
 *
 * @param cluster the cluster's name as locators show it (the kubeconfig cluster, or {@code in-cluster})
 */
public record ClusterConnection(Config config, String cluster, String server) {

    static final String SERVICE_ACCOUNT = "/var/run/secrets/kubernetes.io/serviceaccount";
    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int REQUEST_TIMEOUT_MS = 30_000;

    /** The connection the request describes, or empty when neither a kubeconfig nor a service account exists. */
    public static Optional<ClusterConnection> resolve(ScanRequest request) {
        return resolve(request, Path.of(SERVICE_ACCOUNT));
    }

    static Optional<ClusterConnection> resolve(ScanRequest request, Path serviceAccount) {
        String context = request.option("kubernetes.context");
        Optional<Path> kubeconfig = kubeconfig(request);
        if (kubeconfig.isPresent()) {
            return Optional.of(fromKubeconfig(kubeconfig.get(), context));
        }
        if (context != null) {
            throw new ConnectionException("--kube-context " + context + " given but no kubeconfig found ($KUBECONFIG or ~/.kube/config)");
        }
        String host = request.env("KUBERNETES_SERVICE_HOST");
        Path token = serviceAccount.resolve("token");
        if (host != null && Files.isReadable(token)) {
            return Optional.of(inCluster(request, host, serviceAccount));
        }
        return Optional.empty();
    }

    /** Names the cluster and server only: the configuration holds credentials and is never printed. */
    @Override
    public String toString() {
        return "ClusterConnection[cluster=" + cluster + ", server=" + server + "]";
    }

    /** That a token or password goes to a plain http server other than loopback, for the source's status. */
    public Optional<String> cleartextNote() {
        boolean credential = config.getOauthToken() != null || config.getAutoOAuthToken() != null || config.getPassword() != null;
        return dev.maturity.core.secret.Cleartext.note(config.getMasterUrl(), credential);
    }

    /** A client with bounded timeouts and retries, that never follows a redirect. */
    public KubernetesClient client() {
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new NoRedirects()).build();
    }

    /**
     * fabric8 sets every client to follow all redirects, and the JDK client repeats the request's
     * headers, bearer token included, to wherever a redirect points. A real API server never
     * redirects; an answer that does is reported with its status and not followed, so the
     * credential goes only to the server the kubeconfig names.
     */
    static final class NoRedirects extends JdkHttpClientFactory {
        @Override
        protected void additionalConfig(java.net.http.HttpClient.Builder builder) {
            builder.followRedirects(java.net.http.HttpClient.Redirect.NEVER);
        }
    }

    private static Optional<Path> kubeconfig(ScanRequest request) {
        String env = request.env("KUBECONFIG");
        if (env != null && !env.isBlank()) {
            for (String part : env.split(File.pathSeparator)) {
                Path p = Path.of(part.trim());
                if (!part.isBlank() && Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
        String home = request.env("HOME");
        if (home != null) {
            Path p = Path.of(home, ".kube", "config");
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static ClusterConnection fromKubeconfig(Path file, String context) {
        Config config;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            checkContext(file, SafeYaml.parse(text), context);
            config = Config.fromKubeconfig(context, text, file.toString());
        } catch (YamlParseException e) {
            // The parser's message can quote the file (a token): name only the place.
            throw new ConnectionException("cannot use kubeconfig " + file + ": not valid YAML"
                    + (e.line() > 0 ? " at line " + e.line() : ""));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConnectionException c) {
                throw c;
            }
            // The message of a parse failure can quote the file; name only the file and the kind of problem.
            throw new ConnectionException("cannot use kubeconfig " + file + (context == null ? "" : " (context " + context + ")")
                    + ": " + e.getClass().getSimpleName());
        }
        if (context != null && (config.getCurrentContext() == null || !context.equals(config.getCurrentContext().getName()))) {
            throw new ConnectionException("kubeconfig " + file + " has no context " + context);
        }
        if (config.getMasterUrl() == null) {
            throw new ConnectionException("kubeconfig " + file + " names no server" + (context == null ? "" : " for context " + context));
        }
        String cluster = config.getCurrentContext() != null && config.getCurrentContext().getContext() != null
                ? config.getCurrentContext().getContext().getCluster() : host(config.getMasterUrl());
        return new ClusterConnection(bounded(registered(config)), cluster, redact(config.getMasterUrl()));
    }

    /**
     * The context to use ({@code --kube-context}, else {@code current-context}) must be one the file
     * defines: fabric8 would otherwise fall back to https://kubernetes.default.svc and the scan would
     * report an unreachable cluster the kubeconfig never named.
     */
    private static void checkContext(Path file, YamlNode kubeconfig, String flag) {
        String wanted = flag != null ? flag : kubeconfig.get("current-context").text().orElse(null);
        if (wanted == null || wanted.isBlank()) {
            return;
        }
        List<String> defined = new ArrayList<>();
        kubeconfig.get("contexts").items().forEach(c -> c.get("name").text().ifPresent(defined::add));
        if (!defined.contains(wanted)) {
            throw new ConnectionException("kubeconfig " + file + (flag != null ? " has no context " : " names current-context ")
                    + wanted + (flag != null ? "" : ", which it does not define") + " (contexts: "
                    + (defined.isEmpty() ? "none" : String.join(", ", defined)) + ")");
        }
    }

    private static ClusterConnection inCluster(ScanRequest request, String host, Path sa) {
        String port = request.env("KUBERNETES_SERVICE_PORT") == null ? "443" : request.env("KUBERNETES_SERVICE_PORT");
        String url = "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        String token;
        try {
            token = Files.readString(sa.resolve("token"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new ConnectionException("cannot read the service account token: " + e.getClass().getSimpleName());
        }
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl(url)
                .withCaCertFile(sa.resolve("ca.crt").toString()).withOauthToken(token).build();
        String name = request.option("kubernetes.cluster") == null ? "in-cluster" : request.option("kubernetes.cluster");
        return new ClusterConnection(bounded(registered(config)), name, url);
    }

    /**
     * Every credential the configuration holds — bearer token (from the file, a token file or an
     * exec plugin's first answer), basic password, client key, auth-provider tokens — is known to
     * the redactor before the first request, so a server that echoes one gets it printed in no form.
     */
    static Config registered(Config config) {
        Redactor.secret(config.getOauthToken());
        Redactor.secret(config.getAutoOAuthToken());
        Redactor.pair(config.getUsername(), config.getPassword());
        Redactor.secret(config.getClientKeyData());
        if (config.getAuthProvider() != null && config.getAuthProvider().getConfig() != null) {
            config.getAuthProvider().getConfig().forEach((key, value) -> {
                String k = key.toLowerCase(java.util.Locale.ROOT);
                if (k.contains("token") || k.contains("secret") || k.contains("password")) {
                    Redactor.secret(value);
                }
            });
        }
        return config;
    }

    private static Config bounded(Config config) {
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        config.setRequestTimeout(REQUEST_TIMEOUT_MS);
        config.setRequestRetryBackoffLimit(2);
        config.setRequestRetryBackoffInterval(250);
        return config;
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "cluster";
        }
    }

    /** The server URL without any user-info part. */
    static String redact(String url) {
        return dev.maturity.core.secret.Redactor.url(url);
    }

    /** The connection settings cannot be used; the message names the setting, never a credential. */
    public static final class ConnectionException extends RuntimeException {
        public ConnectionException(String message) {
            super(message);
        }
    }
}
