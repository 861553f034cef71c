package dev.maturity.cli;

import java.util.Map;
import picocli.CommandLine;

/** Runs {@code maturity scan} in-process with an injected environment (the test hook of {@link ScanCommand}). */
public final class CliHarness {

    private CliHarness() {
    }

    public static int scan(Map<String, String> environment, String... args) {
        CommandLine cl = Main.commandLine();
        ScanCommand scan = cl.getSubcommands().get("scan").getCommand();
        scan.environment = Map.copyOf(environment);
        String[] all = new String[args.length + 1];
        all[0] = "scan";
        System.arraycopy(args, 0, all, 1, args.length);
        return cl.execute(all);
    }
}
