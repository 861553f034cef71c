package dev.maturity.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command; its subcommands do the work. */
@Command(name = "maturity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measures ML and LLM platform maturity from evidence: git, MLflow, Kubernetes.",
        subcommands = {ScanCommand.class, DiffCommand.class, ExplainCommand.class, RubricCommand.class, ProbesCommand.class,
                HistoryCommand.class, AuditCommand.class, VerifyCommand.class})
public final class MaturityCommand {

    /** Accepted by every subcommand: an internal error prints its stack trace (otherwise one line). */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error (exit 70), print the stack trace for a bug report.")
    boolean debug;
}
