package dev.maturity.probes.git.ci.jenkins;

import dev.maturity.probes.git.ci.jenkins.GroovyToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into statements and blocks: enough of Groovy's shape for the declarative pipeline
 * subset ({@code name(args) { … }}, {@code name 'arg'}, {@code key = value}), brace-style
 * agnostic (a {@code {} on the next line still opens the statement's block). Nesting is bounded
 * by {@link #MAX_DEPTH}; other code is kept as opaque statements.
 */
final class GroovyParser {

    static final int MAX_DEPTH = 64;
    /** Tokens that, ending a line, continue the statement on the next one. */
    private static final Set<String> CONTINUES = Set.of(",", "+", "-", "*", "/", "&", "|", "=", "?", ":", ".", "(", "[");

    private final List<GroovyToken> tokens;
    private int pos;

    private GroovyParser(List<GroovyToken> tokens) {
        this.tokens = tokens;
    }

    static List<GroovyStatement> parse(List<GroovyToken> tokens) throws JenkinsfileException {
        GroovyParser p = new GroovyParser(tokens);
        List<GroovyStatement> out = p.block(0);
        if (p.pos < tokens.size()) {
            throw new JenkinsfileException("unbalanced '}'", tokens.get(p.pos).line());
        }
        return out;
    }

    /** Statements until a closing brace (not consumed) or the end. */
    private List<GroovyStatement> block(int depth) throws JenkinsfileException {
        if (depth > MAX_DEPTH) {
            throw new JenkinsfileException("nested deeper than " + MAX_DEPTH + " blocks", line());
        }
        List<GroovyStatement> out = new ArrayList<>();
        while (pos < tokens.size()) {
            GroovyToken t = tokens.get(pos);
            if (t.kind() == Kind.NEWLINE || t.punct(";")) {
                pos++;
            } else if (t.punct("}")) {
                return out;
            } else {
                out.add(statement(depth));
            }
        }
        return out;
    }

    private GroovyStatement statement(int depth) throws JenkinsfileException {
        GroovyToken head = tokens.get(pos++);
        List<GroovyToken> rest = new ArrayList<>();
        int nesting = 0;
        int end = head.line();
        if (head.punct("{")) {
            return closeBlock(head, rest, depth);
        }
        while (pos < tokens.size()) {
            GroovyToken t = tokens.get(pos);
            if (nesting == 0 && (t.punct(";") || t.punct("}"))) {
                break;
            }
            if (nesting == 0 && t.kind() == Kind.NEWLINE) {
                GroovyToken last = rest.isEmpty() ? head : rest.get(rest.size() - 1);
                int next = nextSolid(pos);
                boolean continued = last.kind() == Kind.PUNCT && CONTINUES.contains(last.text())
                        || next < tokens.size() && (tokens.get(next).punct("{") || tokens.get(next).punct("."));
                if (!continued) {
                    break;
                }
                pos = next;
                continue;
            }
            if (nesting == 0 && t.punct("{")) {
                pos++;
                return closeBlock(head, rest, depth);
            }
            if (t.punct("(") || t.punct("[") || t.punct("{")) {
                nesting++;
            } else if (t.punct(")") || t.punct("]") || t.punct("}")) {
                nesting = Math.max(0, nesting - 1);
            }
            if (t.kind() != Kind.NEWLINE) {
                rest.add(t);
                end = t.line();
            }
            pos++;
        }
        return new GroovyStatement(head.text(), rest, null, head.line(), end);
    }

    /** After an opening brace: the block's statements up to and including the closing brace. */
    private GroovyStatement closeBlock(GroovyToken head, List<GroovyToken> rest, int depth) throws JenkinsfileException {
        List<GroovyStatement> children = block(depth + 1);
        if (pos >= tokens.size()) {
            throw new JenkinsfileException("unclosed '{' of " + head.text(), head.line());
        }
        int end = tokens.get(pos).line();
        pos++;
        return new GroovyStatement(head.text(), rest, children, head.line(), end);
    }

    /** The index of the first token at or after {@code from} that is not a line break. */
    private int nextSolid(int from) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).kind() == Kind.NEWLINE) {
            i++;
        }
        return i;
    }

    private int line() {
        return pos < tokens.size() ? tokens.get(pos).line() : 0;
    }
}
