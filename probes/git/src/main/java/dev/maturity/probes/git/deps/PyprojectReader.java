package dev.maturity.probes.git.deps;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dependency lists of a {@code pyproject.toml} without a TOML library: PEP 621
 * {@code [project] dependencies = [...]} (exact when {@code ==}) and Poetry
 * {@code [tool.poetry.dependencies]} / {@code [tool.poetry.group.*.dependencies]} (exact when a
 * bare version or {@code ==}; {@code ^}, {@code ~}, {@code *}, ranges are loose). {@code python} is not a dependency.
 */
final class PyprojectReader {

    private static final Pattern TABLE = Pattern.compile("^\\s*\\[([^\\]]+)]\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|'([^']+)'");
    private static final Pattern POETRY_DEP = Pattern.compile("^\\s*([A-Za-z0-9_.\\-]+)\\s*=\\s*(.+)$");
    private static final Pattern POETRY_VERSION = Pattern.compile("version\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern EXACT_VERSION = Pattern.compile("^(?:==)?\\s*\\d+(?:\\.\\d+)*(?:[a-z]+\\d*)?$");
    private static final Pattern PEP508_EXACT = Pattern.compile("^[A-Za-z0-9_.\\-\\[\\],]+\\s*(?:===?\\s*[^*\\s,;]+|@\\s*\\S+)\\s*(?:;.*)?$");

    private PyprojectReader() {
    }

    static Pins read(String text) {
        Pins pins = new Pins();
        String table = "";
        boolean inArray = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            Matcher t = TABLE.matcher(line);
            if (!inArray && t.matches()) {
                table = t.group(1).strip();
                continue;
            }
            if (table.equals("project") && (inArray || line.matches("^\\s*dependencies\\s*=\\s*\\[.*"))) {
                String part = inArray ? line : line.substring(line.indexOf('[') + 1);
                Matcher q = QUOTED.matcher(part);
                int end = 0;
                while (q.find()) {
                    String req = q.group(1) != null ? q.group(1) : q.group(2);
                    pins.add(i + 1, PEP508_EXACT.matcher(req.strip()).matches());
                    end = q.end();
                }
                inArray = part.indexOf(']', end) < 0;
            } else if (table.matches("tool\\.poetry(\\.group\\.[^.]+)?\\.(dev-)?dependencies")) {
                Matcher d = POETRY_DEP.matcher(line);
                if (d.matches() && !d.group(1).equals("python")) {
                    String v = d.group(2).strip();
                    Matcher inner = POETRY_VERSION.matcher(v);
                    String version = inner.find() ? inner.group(1) : v.replaceAll("^[\"']|[\"']$", "");
                    boolean path = v.contains("path") || v.contains("git");
                    pins.add(i + 1, path || EXACT_VERSION.matcher(version.strip()).matches());
                }
            }
        }
        return pins;
    }

    private static String stripComment(String line) {
        int i = line.indexOf(" #");
        return line.strip().startsWith("#") ? "" : i < 0 ? line : line.substring(0, i);
    }
}
