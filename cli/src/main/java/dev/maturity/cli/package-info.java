/** The {@code maturity} command line: picocli commands, and the one place errors become exit codes. */
package dev.maturity.cli;
