package dev.maturity.probes.git.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ChainingCredentialsProvider;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Bare clones of remote repositories kept under a cache directory (default
 * {@code ~/.cache/maturity/repos}, or {@code $MATURITY_CACHE_DIR}), one per URL, named by a hash of
 * the URL without credentials; fetched incrementally on later scans. Nothing is checked out.
 * Credentials come from the URL's user info, {@code $GIT_TOKEN} (as an HTTPS token), or
 * {@code ~/.netrc}; none of them is ever written to the cache or put into a message.
 */
public final class RemoteCache {

    public static final String CACHE_ENV = "MATURITY_CACHE_DIR";
    public static final String TOKEN_ENV = "GIT_TOKEN";
    /** Set to {@code true} to let git credentials go over plain http (they cross the network in clear). */
    public static final String ALLOW_HTTP_ENV = "MATURITY_GIT_ALLOW_HTTP_CREDENTIALS";
    private static final int TIMEOUT_SECONDS = 60;

    private final Path root;
    private final Map<String, String> env;

    public RemoteCache(Path root, Map<String, String> env) {
        CredentialOrigins.install();
        this.root = root;
        this.env = Map.copyOf(env);
    }

    /** The cache for this environment: {@code $MATURITY_CACHE_DIR}, else {@code ~/.cache/maturity/repos}. */
    public static RemoteCache from(Map<String, String> env) {
        String dir = env.get(CACHE_ENV);
        Path root = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".cache", "maturity", "repos");
        return new RemoteCache(root, env);
    }

    /** Where the clone of this URL lives. */
    public Path location(RemoteUrl url) {
        return root.resolve(url.cacheKey() + ".git");
    }

    /** Clones the remote (first time) or fetches it (later), then opens the bare clone read-only. */
    public Repository open(RemoteUrl url) throws RemoteFetchException {
        Path dir = location(url);
        String token = env.get(TOKEN_ENV);
        try {
            if (Files.isDirectory(dir.resolve("objects"))) {
                fetch(url, dir);
            } else {
                cloneInto(url, dir);
            }
            return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
        } catch (GitAPIException | IOException | RuntimeException e) {
            throw new RemoteFetchException("cannot fetch " + url.display() + ": " + url.scrub(reason(e), token));
        }
    }

    private void fetch(RemoteUrl url, Path dir) throws GitAPIException, IOException {
        try (Git git = Git.open(dir.toFile())) {
            git.fetch().setRemote("origin").setRemoveDeletedRefs(true).setTimeout(TIMEOUT_SECONDS)
                    .setCredentialsProvider(credentials(url)).call();
        }
    }

    private void cloneInto(RemoteUrl url, Path dir) throws GitAPIException, IOException {
        Files.createDirectories(root);
        Path tmp = Files.createTempDirectory(root, "clone-");
        try {
            try (Git git = Git.cloneRepository().setURI(url.display()).setBare(true).setCloneAllBranches(true)
                    .setDirectory(tmp.toFile()).setTimeout(TIMEOUT_SECONDS).setCredentialsProvider(credentials(url)).call()) {
                git.getRepository().getConfig().save();
            }
            try {
                Files.move(tmp, dir);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // another scan cloned the same URL meanwhile: its clone is as good as ours
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * The URL's own user info, else {@code $GIT_TOKEN}, bound to the URL's origin; then {@code ~/.netrc},
     * whose entries name their own hosts. None of them is answered over plain http without the opt-in.
     */
    private CredentialsProvider credentials(RemoteUrl url) {
        boolean allowHttp = "true".equalsIgnoreCase(env.getOrDefault(ALLOW_HTTP_ENV, "").trim());
        String token = env.get(TOKEN_ENV);
        dev.maturity.core.secret.Redactor.secret(token); // a platform target's tokenEnv arrives under this name
        CredentialsProvider netrc = new NetRCCredentialsProvider();
        CredentialsProvider own = null;
        if (url.password() != null) {
            own = new UsernamePasswordCredentialsProvider(url.user(), url.password());
        } else if (token != null && !token.isBlank()) {
            String user = url.user() == null || url.user().isBlank() ? "x-access-token" : url.user();
            own = new UsernamePasswordCredentialsProvider(user, token);
        }
        CredentialsProvider hostsOwn = new OriginBoundCredentials(netrc, null, allowHttp);
        return own == null ? hostsOwn
                : new ChainingCredentialsProvider(new OriginBoundCredentials(own, url.origin(), allowHttp), hostsOwn);
    }

    private static String reason(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 400; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !sb.toString().contains(m)) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String out = sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
        if (out.contains("ssh") && out.toLowerCase(java.util.Locale.ROOT).contains("session")) {
            out += " (this build has no SSH transport; use https:// with GIT_TOKEN, or file://)";
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
