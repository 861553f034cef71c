package dev.maturity.cli;

import dev.maturity.core.render.Escape;
import dev.maturity.core.secret.Redactor;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Standard error as a terminal or CI log shows it: messages quote repository and server text
 * (paths, server replies), so every control character but newline and tab is written in its
 * visible form ({@code \x1b}) instead of being acted on, and every known secret is masked.
 */
final class TerminalSafeWriter extends FilterWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        out.write(Escape.terminalLines(Redactor.redact(s.substring(off, off + len))));
    }
}
