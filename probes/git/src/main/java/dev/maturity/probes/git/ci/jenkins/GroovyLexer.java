package dev.maturity.probes.git.ci.jenkins;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Jenkinsfile into tokens, with bounds: at most {@link #MAX_CHARS} characters and
 * {@link #MAX_TOKENS} tokens, or it stops with a {@link JenkinsfileException}. Comments are dropped;
 * strings keep their text (interpolation is not evaluated). Nothing is executed.
 */
final class GroovyLexer {

    static final int MAX_CHARS = 512 * 1024;
    static final int MAX_TOKENS = 200_000;

    private final String src;
    private final List<GroovyToken> out = new ArrayList<>();
    private int pos;
    private int line = 1;

    private GroovyLexer(String src) {
        this.src = src;
    }

    static List<GroovyToken> tokens(String src) throws JenkinsfileException {
        if (src.length() > MAX_CHARS) {
            throw new JenkinsfileException("larger than " + MAX_CHARS / 1024 + " KiB", 0);
        }
        GroovyLexer lexer = new GroovyLexer(src);
        lexer.run();
        return lexer.out;
    }

    private void run() throws JenkinsfileException {
        if (src.startsWith("#!")) {
            skipLine();
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                add(GroovyToken.Kind.NEWLINE, "\n");
                pos++;
                line++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith("//", pos)) {
                skipLine();
            } else if (src.startsWith("/*", pos)) {
                skipComment();
            } else if (c == '\'' || c == '"') {
                string(c);
            } else if (c == '/' && !out.isEmpty() && out.get(out.size() - 1).punct("~")) {
                slashy();
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                    pos++;
                }
                add(GroovyToken.Kind.WORD, src.substring(start, pos));
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
                    pos++;
                }
                add(GroovyToken.Kind.NUMBER, src.substring(start, pos));
            } else {
                add(GroovyToken.Kind.PUNCT, String.valueOf(c));
                pos++;
            }
        }
    }

    private void add(GroovyToken.Kind kind, String text) throws JenkinsfileException {
        if (out.size() >= MAX_TOKENS) {
            throw new JenkinsfileException("more than " + MAX_TOKENS + " tokens", line);
        }
        out.add(new GroovyToken(kind, text, line));
    }

    private void skipLine() {
        while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipComment() throws JenkinsfileException {
        int start = line;
        int end = src.indexOf("*/", pos + 2);
        if (end < 0) {
            throw new JenkinsfileException("unterminated comment", start);
        }
        countLines(pos, end + 2);
        pos = end + 2;
    }

    /** A quoted string: {@code '…'}, {@code "…"}, {@code '''…'''} or {@code """…"""}, escapes kept. */
    private void string(char quote) throws JenkinsfileException {
        int startLine = line;
        String q3 = String.valueOf(quote).repeat(3);
        boolean triple = src.startsWith(q3, pos);
        String close = triple ? q3 : String.valueOf(quote);
        int i = pos + close.length();
        StringBuilder text = new StringBuilder();
        while (true) {
            if (i >= src.length()) {
                throw new JenkinsfileException("unterminated string", startLine);
            }
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length()) {
                text.append(c).append(src.charAt(i + 1));
                i += 2;
            } else if (quote == '"' && src.startsWith("${", i)) {
                int end = interpolation(i + 2);
                text.append(src, i, end);
                i = end;
            } else if (src.startsWith(close, i)) {
                break;
            } else {
                text.append(c);
                i++;
            }
        }
        countLines(pos, i);
        pos = i + close.length();
        out.add(new GroovyToken(GroovyToken.Kind.STRING, text.toString(), startLine));
        if (out.size() > MAX_TOKENS) {
            throw new JenkinsfileException("more than " + MAX_TOKENS + " tokens", line);
        }
    }

    /** The index after the brace closing an interpolation whose body starts at {@code from} (quotes inside allowed). */
    private int interpolation(int from) throws JenkinsfileException {
        int depth = 1;
        int i = from;
        while (i < src.length() && depth > 0) {
            char c = src.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '\n') {
                break;
            }
            i++;
        }
        if (depth > 0) {
            throw new JenkinsfileException("unterminated ${...} in a string", line);
        }
        return i;
    }

    /** A slashy string after {@code =~}, {@code ==~} or {@code ~}: a regular expression, kept as text. */
    private void slashy() throws JenkinsfileException {
        int startLine = line;
        int i = pos + 1;
        while (i < src.length() && src.charAt(i) != '/' && src.charAt(i) != '\n') {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= src.length() || src.charAt(i) != '/') {
            throw new JenkinsfileException("unterminated pattern", startLine);
        }
        add(GroovyToken.Kind.STRING, src.substring(pos + 1, i));
        pos = i + 1;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to && i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
    }
}
