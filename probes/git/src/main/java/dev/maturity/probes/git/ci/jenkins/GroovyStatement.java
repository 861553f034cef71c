package dev.maturity.probes.git.ci.jenkins;

import java.util.List;
import java.util.Optional;

/**
 * One statement of a Jenkinsfile: its first token ({@code stage}, {@code sh}, {@code when}), the
 * tokens after it up to its block or the end of the line, and the statements of its block
 * ({@code null} without one), with the lines it spans.
 */
record GroovyStatement(String head, List<GroovyToken> tokens, List<GroovyStatement> block, int line, int endLine) {

    boolean hasBlock() {
        return block != null;
    }

    List<GroovyStatement> children() {
        return block == null ? List.of() : block;
    }

    /** The first child statement with the head, if any. */
    Optional<GroovyStatement> child(String name) {
        return children().stream().filter(s -> s.head.equals(name)).findFirst();
    }

    /** The first string literal among the tokens: {@code stage('Test')}, {@code sh 'pytest'}. */
    Optional<String> firstString() {
        return tokens.stream().filter(t -> t.kind() == GroovyToken.Kind.STRING).map(GroovyToken::text).findFirst();
    }

    /** The string, word or number after {@code key:} among the tokens: {@code sh script: '…', returnStatus: true}. */
    Optional<String> named(String key) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            GroovyToken k = tokens.get(i);
            if (k.is(GroovyToken.Kind.WORD, key) && tokens.get(i + 1).punct(":")) {
                GroovyToken v = tokens.get(i + 2);
                return v.kind() == GroovyToken.Kind.PUNCT ? Optional.empty() : Optional.of(v.text());
            }
        }
        return Optional.empty();
    }
}
