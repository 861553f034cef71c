package dev.maturity.probes.git.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots OpenAI-style function tool schemas written as dict or object literals in source code:
 * {@code "type": "function"} followed closely by a {@code "function"} object with a {@code "name"}
 * and {@code "parameters"} (Python dicts, {@code dict(...)} calls, JS/TS objects with bare keys).
 */
final class FunctionSchemaLines {

    private static final Pattern TYPE = Pattern.compile("[\"']?type[\"']?\\s*[:=]\\s*[\"']function[\"']");
    private static final Pattern NAME = Pattern.compile("[\"']?name[\"']?\\s*[:=]\\s*[\"']([A-Za-z0-9_.\\-]+)[\"']");
    private static final Pattern PARAMETERS = Pattern.compile("[\"']?parameters[\"']?\\s*[:=]");
    private static final int NAME_WINDOW = 12;
    private static final int PARAMETERS_WINDOW = 40;

    /** The function names with the first and last line (1-based) of the schemas. */
    record Match(List<String> names, int first, int last) {
    }

    private FunctionSchemaLines() {
    }

    static Optional<Match> find(String text) {
        String[] lines = text.split("\\R", -1);
        List<String> names = new ArrayList<>();
        int first = 0;
        int last = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!TYPE.matcher(lines[i]).find()) {
                continue;
            }
            String name = null;
            int nameLine = -1;
            for (int j = i; j < Math.min(lines.length, i + NAME_WINDOW) && name == null; j++) {
                Matcher m = NAME.matcher(lines[j]);
                if (m.find()) {
                    name = m.group(1);
                    nameLine = j;
                }
            }
            if (name == null) {
                continue;
            }
            for (int j = nameLine; j < Math.min(lines.length, i + PARAMETERS_WINDOW); j++) {
                if (PARAMETERS.matcher(lines[j]).find()) {
                    names.add(name);
                    first = first == 0 ? i + 1 : first;
                    last = j + 1;
                    break;
                }
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new Match(List.copyOf(names), first, last));
    }
}
