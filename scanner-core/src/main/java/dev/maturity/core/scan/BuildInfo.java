package dev.maturity.core.scan;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * The build the running code comes from, as the jar's manifest records it at build time
 * ({@code Implementation-Version}, and {@code Build-Commit} from {@code git rev-parse HEAD}).
 * Reports and {@code maturity --version} show {@link #describe()}.
 *
 * @param version the project version, or null when running from classes (not a jar)
 * @param commit  the full commit id, or null when the jar was built outside a git checkout
 */
public record BuildInfo(String version, String commit) {

    /** Shown instead of a version when the code runs from classes (tests, an IDE). */
    public static final String DEV = "dev";
    static final String COMMIT_ATTRIBUTE = "Build-Commit";
    static final int SHORT_COMMIT = 12;
    private static final Pattern HEX_COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    private static final BuildInfo CURRENT = of(Scan.class);

    public BuildInfo {
        commit = commit != null && HEX_COMMIT.matcher(commit).matches() ? commit : null;
    }

    /** The build of this scanner. */
    public static BuildInfo current() {
        return CURRENT;
    }

    /**
     * {@code 0.1.0+741b8ec7cbeb} (SemVer build metadata: the first 12 hex digits of the commit),
     * {@code 0.1.0} when the commit is unknown, {@code dev} when running from classes.
     */
    public String describe() {
        if (version == null) {
            return DEV;
        }
        return commit == null ? version : version.concat("+").concat(commit.substring(0, SHORT_COMMIT));
    }

    /**
     * The build recorded in the manifest of the jar a class was loaded from. The manifest is the
     * jar's first entry: it is read from the head of the file, without reading the jar's directory
     * of some 20,000 entries a second time (the JVM read it once to start).
     */
    static BuildInfo of(Class<?> anchor) {
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            File jar = source == null ? null : new File(source.getLocation().toURI());
            if (jar == null || !jar.isFile()) {
                return new BuildInfo(null, null);
            }
            // java.io rather than NIO: classes the JVM has loaded already, for a quick --version
            try (JarInputStream in = new JarInputStream(new FileInputStream(jar), false)) {
                Manifest manifest = in.getManifest();
                return manifest == null ? new BuildInfo(anchor.getPackage().getImplementationVersion(), null) : of(manifest);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return new BuildInfo(anchor.getPackage().getImplementationVersion(), null);
        }
    }

    static BuildInfo of(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        return new BuildInfo(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION), main.getValue(COMMIT_ATTRIBUTE));
    }
}
