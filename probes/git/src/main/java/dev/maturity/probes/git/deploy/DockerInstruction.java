package dev.maturity.probes.git.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One instruction of a Dockerfile with its continuation lines joined.
 *
 * @param line    first line (1-based)
 * @param endLine last line
 * @param op      the instruction, upper case ({@code COPY}, {@code CMD}, ...)
 * @param args    the rest of the instruction
 */
public record DockerInstruction(int line, int endLine, String op, String args) {

    /** The instructions of a Dockerfile, comments and blank lines left out. */
    public static List<DockerInstruction> read(String text) {
        List<DockerInstruction> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        int i = 0;
        while (i < lines.length) {
            int start = i;
            StringBuilder logical = new StringBuilder();
            String l = lines[i];
            while (l.stripTrailing().endsWith("\\") && i + 1 < lines.length) {
                logical.append(l.stripTrailing(), 0, l.stripTrailing().length() - 1).append(' ');
                l = lines[++i];
            }
            logical.append(l);
            i++;
            String s = logical.toString().strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = s.split("\\s+", 2);
            out.add(new DockerInstruction(start + 1, i, parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
        }
        return out;
    }

    /** The whole instruction as written (joined), for evidence. */
    public String text() {
        return op + " " + args;
    }
}
