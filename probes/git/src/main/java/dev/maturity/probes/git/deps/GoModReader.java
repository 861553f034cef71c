package dev.maturity.probes.git.deps;

import java.util.regex.Pattern;

/**
 * Reads the direct {@code require} entries of a {@code go.mod}. Go modules name one exact version
 * each (minimal version selection; {@code go.sum} holds their hashes), so every entry is pinned.
 */
final class GoModReader {

    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:require\\s+)?[\\w.\\-/~]+\\s+v\\d\\S*\\s*$");

    private GoModReader() {
    }

    static Pins read(String text) {
        Pins pins = new Pins();
        String[] lines = text.split("\\R", -1);
        boolean block = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("require (") || line.equals("require(")) {
                block = true;
            } else if (block && line.startsWith(")")) {
                block = false;
            } else if ((block || line.startsWith("require ")) && !line.contains("// indirect")) {
                String entry = line.replaceFirst("\\s*//.*$", "");
                if (ENTRY.matcher(entry).matches()) {
                    pins.add(i + 1, true);
                }
            }
        }
        return pins;
    }
}
