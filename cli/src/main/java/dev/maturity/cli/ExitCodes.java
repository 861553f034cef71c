package dev.maturity.cli;

import dev.maturity.core.gate.GateResult;
import dev.maturity.core.rubric.RubricException;
import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.waiver.WaiverException;
import picocli.CommandLine;

/**
 * The only place exceptions become exit codes: 0 done and gates hold; 1 a gate failed;
 * 2 usage or configuration error; 3 incomplete scan with {@code --fail-on-unknown};
 * 70 an internal error (a bug: please report it).
 */
public final class ExitCodes implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    public static final int OK = 0;
    public static final int GATE_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INCOMPLETE = 3;
    public static final int INTERNAL = 70;

    /**
     * The exit code of a finished scan: 3 when it was incomplete and {@code --fail-on-unknown} was
     * given (a level built on missing sources cannot be trusted either way), else 1 when the gate
     * failed, else 0.
     */
    public static int of(GateResult verdict, boolean failOnUnknown) {
        if (failOnUnknown && !verdict.incomplete().isEmpty()) {
            return INCOMPLETE;
        }
        return verdict.passed() ? OK : GATE_FAILED;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (e instanceof ScanInputException || e instanceof RubricException || e instanceof WaiverException || e instanceof UsageException
                || e instanceof IllegalArgumentException) {
            cl.getErr().println("maturity: error: " + e.getMessage());
            return USAGE;
        }
        return internal(e, debug(parseResult), cl.getErr());
    }

    /** A bug: one line naming it, and the stack trace only when {@code --debug} was given. */
    static int internal(Throwable e, boolean debug, java.io.PrintWriter err) {
        err.println("maturity: internal error: " + e + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    private static boolean debug(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("maturity: error: " + e.getMessage());
        cl.usage(cl.getErr());
        return USAGE;
    }

    /** A mistake in how the command was called or configured. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
