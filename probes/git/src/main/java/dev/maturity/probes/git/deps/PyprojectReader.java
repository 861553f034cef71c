package dev.maturity.probes.git.deps;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dependency lists of a {@code pyproject.toml} or {@code Pipfile} without a TOML library:
 * PEP 621 {@code [project] dependencies = [...]} (exact when {@code ==}), Poetry
 * {@code [tool.poetry.dependencies]} / {@code [tool.poetry.group.*.dependencies]} and Pipfile
 * {@code [packages]} (exact when a bare version or {@code ==}, or a path or git source; {@code ^},
 * {@code ~}, {@code *}, ranges are loose), and the members of a uv workspace
 * ({@code [tool.uv.workspace] members}). {@code python} is not a dependency.
 */
final class PyprojectReader {

    private static final Pattern TABLE = Pattern.compile("^\\s*\\[([^\\]]+)]\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|'([^']+)'");
    private static final Pattern POETRY_DEP = Pattern.compile("^\\s*([A-Za-z0-9_.\\-]+)\\s*=\\s*(.+)$");
    private static final Pattern POETRY_VERSION = Pattern.compile("version\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern EXACT_VERSION = Pattern.compile("^(?:==)?\\s*\\d+(?:\\.\\d+)*(?:[a-z]+\\d*)?$");
    private static final Pattern PEP508_EXACT = Pattern.compile("^[A-Za-z0-9_.\\-\\[\\],]+\\s*(?:===?\\s*[^*\\s,;]+|@\\s*\\S+)\\s*(?:;.*)?$");
    private static final Pattern NAMED_TABLE = Pattern.compile("tool\\.poetry(\\.group\\.[^.]+)?\\.(dev-)?dependencies|packages");

    private PyprojectReader() {
    }

    static Pins read(String text) {
        Pins pins = new Pins();
        String table = "";
        String array = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            Matcher t = TABLE.matcher(line);
            if (array == null && t.matches()) {
                table = t.group(1).strip();
                continue;
            }
            if (array == null && table.equals("project") && line.matches("^\\s*dependencies\\s*=\\s*\\[.*")) {
                array = "dependencies";
            } else if (array == null && table.equals("tool.uv.workspace") && line.matches("^\\s*members\\s*=\\s*\\[.*")) {
                array = "members";
            } else if (array == null) {
                if (NAMED_TABLE.matcher(table).matches()) {
                    named(pins, line, i + 1);
                }
                continue;
            } else {
                line = "[" + line;
            }
            String part = line.substring(line.indexOf('[') + 1);
            Matcher q = QUOTED.matcher(part);
            int end = 0;
            while (q.find()) {
                String item = (q.group(1) != null ? q.group(1) : q.group(2)).strip();
                if (array.equals("members")) {
                    pins.members.add(item);
                } else {
                    pins.add(i + 1, PEP508_EXACT.matcher(item).matches());
                }
                end = q.end();
            }
            array = part.indexOf(']', end) < 0 ? array : null;
        }
        return pins;
    }

    /** One {@code name = version} or {@code name = { version = ..., path = ... }} line of a dependency table. */
    private static void named(Pins pins, String line, int number) {
        Matcher d = POETRY_DEP.matcher(line);
        if (d.matches() && !d.group(1).equals("python")) {
            String v = d.group(2).strip();
            Matcher inner = POETRY_VERSION.matcher(v);
            String version = inner.find() ? inner.group(1) : v.replaceAll("^[\"']|[\"']$", "");
            boolean path = v.contains("path") || v.contains("git");
            pins.add(number, path || EXACT_VERSION.matcher(version.strip()).matches());
        }
    }

    private static String stripComment(String line) {
        int i = line.indexOf(" #");
        return line.strip().startsWith("#") ? "" : i < 0 ? line : line.substring(0, i);
    }
}
