package dev.maturity.probes.git.deps;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code <dependency>} blocks of a Maven {@code pom.xml}: a dependency is loose when its
 * version is a range ({@code [1.0,2.0)}), {@code LATEST}, {@code RELEASE} or a {@code -SNAPSHOT};
 * a version left to dependency management counts as pinned there.
 */
final class PomReader {

    private static final Pattern DEPENDENCY = Pattern.compile("(?s)<dependency>(.*?)</dependency>");
    private static final Pattern VERSION = Pattern.compile("<version>\\s*([^<]*?)\\s*</version>");

    private PomReader() {
    }

    static Pins read(String xml) {
        Pins pins = new Pins();
        Matcher d = DEPENDENCY.matcher(xml);
        while (d.find()) {
            int line = (int) xml.substring(0, d.start()).chars().filter(c -> c == '\n').count() + 1;
            Matcher v = VERSION.matcher(d.group(1));
            String version = v.find() ? v.group(1) : "";
            boolean loose = version.startsWith("[") || version.startsWith("(") || version.equals("LATEST")
                    || version.equals("RELEASE") || version.endsWith("-SNAPSHOT");
            pins.add(line, !loose);
        }
        return pins;
    }
}
