package dev.maturity.core.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Cited lines of a committed file: lines {@code start..end} (1-based, inclusive; the whole file when
 * the citation names no lines), at most {@code max} of them. The one definition of "the committed
 * lines" the capture writes and {@code verify --repo} checks.
 */
public record GitExcerpt(int start, int end, List<String> lines, boolean truncated) {

    public GitExcerpt {
        lines = List.copyOf(lines);
    }

    /** A file's lines split at {@code \n} (a carriage return stays in its line); no empty last line after a final newline. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    public static GitExcerpt of(List<String> file, int startLine, int endLine, int max) {
        int start = startLine <= 0 ? 1 : startLine;
        int end = startLine <= 0 ? file.size() : Math.max(startLine, endLine);
        end = Math.min(end, file.size());
        if (start > end) {
            return new GitExcerpt(start, start - 1, List.of(), false);
        }
        boolean truncated = end - start + 1 > max;
        int last = truncated ? start + max - 1 : end;
        return new GitExcerpt(start, last, file.subList(start - 1, last), truncated);
    }
}
