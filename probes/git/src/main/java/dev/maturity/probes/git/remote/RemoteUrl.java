package dev.maturity.probes.git.remote;

import dev.maturity.core.digest.Digests;
import dev.maturity.core.secret.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remote repository address split into what may be shown ({@link #display()}: the URL without user
 * info) and what must not (a user and password found in the user info). {@link #toString()} never
 * shows the secret.
 */
public final class RemoteUrl {

    private static final Pattern SCHEME = Pattern.compile("^(https?|ssh|git|file)://(?:([^/]*)@)?(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCP = Pattern.compile("^([\\w.+-]+)@([\\w.-]+):(?!//)(.+)$");

    private final String display;
    private final String user;
    private final String password;

    private RemoteUrl(String display, String user, String password) {
        this.display = display;
        this.user = user;
        this.password = password;
        Redactor.pair(user, password);
    }

    /** Whether a scan target names a remote repository rather than a local path. */
    public static boolean isRemote(String target) {
        return SCHEME.matcher(target).matches() || SCP.matcher(target).matches();
    }

    public static RemoteUrl parse(String target) {
        Objects.requireNonNull(target, "target");
        Matcher m = SCHEME.matcher(target);
        if (m.matches()) {
            String userInfo = m.group(2);
            String display = m.group(1).toLowerCase(java.util.Locale.ROOT) + "://" + m.group(3).replaceAll("(?<=.)/+$", "");
            if (userInfo == null || userInfo.isEmpty()) {
                return new RemoteUrl(display, null, null);
            }
            int colon = userInfo.indexOf(':');
            String u = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            String p = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            if (m.group(1).equalsIgnoreCase("ssh")) {
                display = "ssh://" + u + "@" + m.group(3);
                return new RemoteUrl(display, u, p);
            }
            return new RemoteUrl(display, u, p);
        }
        Matcher s = SCP.matcher(target);
        if (s.matches()) {
            return new RemoteUrl(target, s.group(1), null);
        }
        throw new IllegalArgumentException("not a remote repository URL");
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL without credentials: what reports, logs and errors show, and what the cache key is made from. */
    public String display() {
        return display;
    }

    /** The user named in the URL, or null. */
    public String user() {
        return user;
    }

    /** The password or token found in the URL's user info, or null. Never printed. */
    String password() {
        return password;
    }

    /** {@code scheme://host:port} of the address (default port filled in): where its credentials may go. */
    public String origin() {
        try {
            org.eclipse.jgit.transport.URIish u = new org.eclipse.jgit.transport.URIish(display);
            return OriginBoundCredentials.originOf(u.getScheme() == null ? "ssh" : u.getScheme(), u.getHost(), u.getPort());
        } catch (java.net.URISyntaxException e) {
            return display;
        }
    }

    /** The repository's short name: the last path segment without {@code .git}. */
    public String name() {
        String d = display.replaceAll("/+$", "");
        int cut = Math.max(d.lastIndexOf('/'), d.lastIndexOf(':'));
        String n = d.substring(cut + 1);
        n = n.endsWith(".git") && n.length() > 4 ? n.substring(0, n.length() - 4) : n;
        return n.isEmpty() ? "remote" : n;
    }

    /** A stable directory name for the cache: a hash of the display URL, so no secret reaches the file system. */
    public String cacheKey() {
        return Digests.hex(display).substring(0, 24);
    }

    /** Removes any secret of this URL (and any user info of any URL) from a message. */
    public String scrub(String message, String... otherSecrets) {
        if (message == null) {
            return "";
        }
        String out = message.replaceAll("(?<=://)[^/\\s]+@", "");
        if (password != null && !password.isEmpty()) {
            out = out.replace(password, "***");
        }
        for (String s : otherSecrets) {
            if (s != null && !s.isEmpty()) {
                out = out.replace(s, "***");
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return display;
    }
}
