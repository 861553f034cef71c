package dev.maturity.probes.git.ci.jenkins;

/** A Jenkinsfile the reader will not go through: too large, too deep, or not tokenizable; with the line. */
final class JenkinsfileException extends Exception {

    private final int line;

    JenkinsfileException(String message, int line) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
