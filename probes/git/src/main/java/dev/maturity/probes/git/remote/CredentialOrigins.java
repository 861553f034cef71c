package dev.maturity.probes.git.remote;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.transport.HttpTransport;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2.GitSession;

/**
 * The last line of defence for git credentials: every HTTP request JGit makes passes through here,
 * and an {@code Authorization} header is sent only to an origin that credential was handed out for.
 * Needed because JGit, once authenticated, keeps its authorisation across a redirect and would
 * send host A's token to the host A redirects to, before host B even asks.
 */
final class CredentialOrigins {

    /** origin ({@code scheme://host:port}) to the {@code user:password} pairs answered for it. */
    private static final Map<String, Set<String>> GIVEN = new ConcurrentHashMap<>();

    private CredentialOrigins() {
    }

    static {
        HttpTransport.setConnectionFactory(guard(HttpTransport.getConnectionFactory()));
    }

    /** Makes sure the guard is installed (class initialisation does it once). */
    static void install() {
        // the static initialiser ran
    }

    /** Records that {@code user:password} was given to {@code origin}. */
    static void given(String origin, String user, String password) {
        GIVEN.computeIfAbsent(origin, o -> ConcurrentHashMap.newKeySet()).add(user + ":" + password);
    }

    /** Whether an Authorization header value may go to the origin of {@code url}. */
    static boolean allowed(URL url, String authorization) {
        String origin = OriginBoundCredentials.originOf(url.getProtocol(), url.getHost(), url.getPort());
        Set<String> pairs = GIVEN.get(origin);
        if (pairs == null || authorization == null) {
            return false;
        }
        String value = authorization.trim();
        if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                return pairs.contains(new String(Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true; // Bearer, Digest, Negotiate: derived from credentials answered for this very origin
    }

    private static HttpConnectionFactory guard(HttpConnectionFactory factory) {
        if (Proxy.isProxyClass(factory.getClass())) {
            return factory;
        }
        Class<?>[] types = factory instanceof HttpConnectionFactory2
                ? new Class<?>[] {HttpConnectionFactory2.class} : new Class<?>[] {HttpConnectionFactory.class};
        return (HttpConnectionFactory) Proxy.newProxyInstance(CredentialOrigins.class.getClassLoader(), types, (proxy, m, args) -> {
            Object result = invoke(factory, m, args);
            if (result instanceof HttpConnection c) {
                return guard(c);
            }
            if (result instanceof GitSession s) {
                return guard(s);
            }
            return result;
        });
    }

    private static GitSession guard(GitSession session) {
        return (GitSession) Proxy.newProxyInstance(CredentialOrigins.class.getClassLoader(), new Class<?>[] {GitSession.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("configure") && args[0] instanceof HttpConnection c && Proxy.isProxyClass(c.getClass())
                            && Proxy.getInvocationHandler(c) instanceof Guarded g) {
                        return guard((HttpConnection) invoke(session, m, new Object[] {g.delegate, args[1]}));
                    }
                    return invoke(session, m, args);
                });
    }

    private static HttpConnection guard(HttpConnection connection) {
        return (HttpConnection) Proxy.newProxyInstance(CredentialOrigins.class.getClassLoader(),
                new Class<?>[] {HttpConnection.class}, new Guarded(connection));
    }

    /** A connection that drops an Authorization header its origin was not given. */
    private record Guarded(HttpConnection delegate) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            if (m.getName().equals("setRequestProperty") && args[0] instanceof String name
                    && name.toLowerCase(Locale.ROOT).equals("authorization") && !allowed(delegate.getURL(), (String) args[1])) {
                return null;
            }
            return CredentialOrigins.invoke(delegate, m, args);
        }
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
