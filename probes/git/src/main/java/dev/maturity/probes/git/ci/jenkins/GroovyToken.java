package dev.maturity.probes.git.ci.jenkins;

/**
 * One token of a Jenkinsfile: a word (identifier), a string literal (its text without quotes,
 * escapes kept as written), a number, a single punctuation character, or a line break.
 */
record GroovyToken(Kind kind, String text, int line) {

    enum Kind { WORD, STRING, NUMBER, PUNCT, NEWLINE }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean punct(String t) {
        return is(Kind.PUNCT, t);
    }
}
