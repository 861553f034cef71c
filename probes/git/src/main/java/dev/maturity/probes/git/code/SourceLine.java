package dev.maturity.probes.git.code;

/** One line of source code and its 1-based line number in the file it was read from. */
record SourceLine(int number, String text) {
}
