package dev.maturity.core.secret;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * MLflow and Kubernetes endpoints are the user's explicit choice of scheme, so a credential may go
 * to a plain {@code http://} server; when that server is not on this machine, the credential crosses
 * the network in clear, and the source's status says so.
 */
public final class Cleartext {

    private Cleartext() {
    }

    /** The note for a source at {@code uri} that sends a credential, or empty when it goes over TLS or stays on loopback. */
    public static Optional<String> note(String uri, boolean sendsCredential) {
        if (!sendsCredential || uri == null) {
            return Optional.empty();
        }
        URI u;
        try {
            u = URI.create(uri.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"http".equalsIgnoreCase(u.getScheme()) || u.getHost() == null || loopback(u.getHost())) {
            return Optional.empty();
        }
        return Optional.of("credentials go over plain http to " + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                + ", readable by anyone on the network path: use https");
    }

    /** Loopback by name or address literal, without a DNS lookup (which a hostile resolver could stall). */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }
}
