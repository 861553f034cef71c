package dev.maturity.probes.git.remote;

import dev.maturity.core.secret.Redactor;
import java.util.Locale;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Credentials that answer only their own origin (scheme, host and port of the URL they came with).
 * JGit follows a server's redirect and asks the provider again for the new address; a redirect to
 * another host, port or scheme gets no credential, so a token given for host A never reaches host
 * B. Over plain {@code http://} nothing is answered unless the user opted in (loopback included):
 * the credential would cross the network in clear.
 */
final class OriginBoundCredentials extends CredentialsProvider {

    private final CredentialsProvider delegate;
    private final String origin;
    private final boolean allowHttp;

    /** {@code origin} null: the delegate keys its answers by host itself (as {@code ~/.netrc} does). */
    OriginBoundCredentials(CredentialsProvider delegate, String origin, boolean allowHttp) {
        this.delegate = delegate;
        this.origin = origin;
        this.allowHttp = allowHttp;
    }

    /** {@code scheme://host:port} of an address, lower case, with the scheme's default port filled in. */
    static String originOf(String scheme, String host, int port) {
        String s = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        int p = port > 0 ? port : switch (s) {
            case "https" -> 443;
            case "http" -> 80;
            case "ssh" -> 22;
            case "git" -> 9418;
            default -> -1;
        };
        return s + "://" + (host == null ? "" : host.toLowerCase(Locale.ROOT)) + ":" + p;
    }

    /** Whether this provider may answer for the address: same origin, and not plain http unless allowed. */
    boolean answers(URIish uri) {
        if (uri == null || (origin != null && !originOf(uri.getScheme(), uri.getHost(), uri.getPort()).equals(origin))) {
            return false;
        }
        return allowHttp || !"http".equalsIgnoreCase(uri.getScheme());
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        return delegate.supports(items);
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        if (!answers(uri) || !delegate.get(uri, items)) {
            return false;
        }
        String user = "";
        String password = "";
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username u) {
                user = u.getValue();
            } else if (item instanceof CredentialItem.Password p && p.getValue() != null) {
                password = new String(p.getValue());
            }
        }
        CredentialOrigins.given(originOf(uri.getScheme(), uri.getHost(), uri.getPort()), user, password);
        Redactor.pair(user, password); // a ~/.netrc password is in no variable the redactor read
        return true;
    }

    @Override
    public void reset(URIish uri) {
        delegate.reset(uri);
    }
}
