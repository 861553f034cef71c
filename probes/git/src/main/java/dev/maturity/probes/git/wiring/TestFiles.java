package dev.maturity.probes.git.wiring;

import java.util.regex.Pattern;

/** Which files test runners collect by default (pytest, unittest, JUnit, Go, Jest/Vitest). */
public final class TestFiles {

    private static final Pattern TEST = Pattern.compile(
            "(^|.*/)(test_[^/]*\\.py|[^/]*_test\\.py|[^/]*Tests?\\.(java|kt)|[^/]*_test\\.go|[^/]*\\.(test|spec)\\.(ts|tsx|js|jsx|mjs))$");

    private TestFiles() {
    }

    public static boolean isTest(String path) {
        return TEST.matcher(path).matches();
    }
}
