package dev.maturity.probes.git.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every YAML or JSON document the git probes parse comes from the scanned repository, so every parse
 * is charged to the scan's YAML budget (workflows, notebooks, front matter, conda environments, CI
 * resources, eval configs, ...): a parse call in the probes' sources without a budget argument is
 * a hole through which many documents, each just under the per-document bound, could exhaust memory.
 */
class YamlBudgetCoverageTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile("SafeYaml\\.(parse|parseJson|parseAll)\\(");
    /** The one parse of a constant: the collector's warm-up of the YAML reader's classes. */
    private static final String WARM_UP = "SafeYaml.parse(\"prepared: [yaml]\\n\")";

    @Test
    void everyParseOfRepositoryTextIsChargedToTheScanBudget() throws IOException {
        List<String> unbudgeted = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = read(file);
                Matcher m = CALL.matcher(src);
                while (m.find()) {
                    String call = call(src, m.start(), m.end());
                    calls++;
                    if (!call.equals(WARM_UP) && !call.contains("budget") && !call.contains("yamlBudget()")) {
                        unbudgeted.add(SOURCES.relativize(file) + ": " + call);
                    }
                }
            }
        }
        assertThat(calls).as("parse calls found (the CI readers share CiContext.parse)").isGreaterThan(30);
        assertThat(unbudgeted).isEmpty();
    }

    /** The call's text up to its closing parenthesis, whitespace collapsed. */
    private static String call(String src, int start, int open) {
        int depth = 1;
        int i = open;
        boolean quoted = false;
        while (i < src.length() && depth > 0) {
            char c = src.charAt(i);
            if (c == '"' && src.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            }
            i++;
        }
        return src.substring(start, i).replaceAll("\\s+", " ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
