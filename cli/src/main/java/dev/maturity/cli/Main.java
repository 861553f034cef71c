package dev.maturity.cli;

import dev.maturity.core.spi.Failures;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code java -jar maturity.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Preload.start(args);
        int code;
        try {
            code = run(args);
        } catch (Throwable e) { // an Error picocli lets through must not exit 1, which means "gate failed"
            PrintWriter err = new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)), true);
            err.println("maturity: internal error: " + Failures.describe(e));
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // an input the bounds missed: one line (a stack trace only with --debug), exit 70
            return ExitCodes.internal(e, java.util.Arrays.asList(args).contains("--debug"), cl.getErr());
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MaturityCommand());
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.setParameterExceptionHandler(new ExitCodes());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setErr(new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)), true));
        return cl;
    }
}
