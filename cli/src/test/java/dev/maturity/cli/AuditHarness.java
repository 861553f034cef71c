package dev.maturity.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code maturity audit} and {@code maturity verify} in-process, with an injected environment for audit. */
public final class AuditHarness {

    /** An exit code and what was printed. */
    public record Run(int code, String out, String err) {
    }

    private AuditHarness() {
    }

    public static Run audit(Map<String, String> environment, String... args) {
        CommandLine cl = Main.commandLine();
        AuditCommand audit = cl.getSubcommands().get("audit").getCommand();
        audit.environment = Map.copyOf(environment);
        return run(cl, "audit", args);
    }

    public static Run verify(String... args) {
        return run(Main.commandLine(), "verify", args);
    }

    private static Run run(CommandLine cl, String command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        int code = cl.execute(all);
        return new Run(code, out.toString(), err.toString());
    }
}
