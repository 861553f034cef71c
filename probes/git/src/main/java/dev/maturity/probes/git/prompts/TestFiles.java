package dev.maturity.probes.git.prompts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Test code and test data: prompts and tool schemas there are fixtures of the tests, not the
 * prompts or tools a system runs with, so the governance extractors leave them out.
 */
public final class TestFiles {

    private static final Pattern TEST_DIR = Pattern.compile("(^|.*/)(tests?|__tests__|spec|testdata|test-data|test_data|fixtures)/.*");
    private static final Pattern TEST_NAME = Pattern.compile("(test_[^/]*|[^/]*_test\\.\\w+|[^/]*\\.(test|spec)\\.\\w+|conftest\\.py)");

    private TestFiles() {
    }

    public static boolean isTest(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        int slash = p.lastIndexOf('/');
        return TEST_DIR.matcher(p).matches() || TEST_NAME.matcher(p.substring(slash + 1)).matches();
    }
}
