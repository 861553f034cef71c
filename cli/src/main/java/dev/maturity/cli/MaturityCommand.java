package dev.maturity.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(name = "maturity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measures ML and LLM platform maturity from evidence: git, MLflow, Kubernetes.",
        subcommands = {ScanCommand.class, DiffCommand.class, ExplainCommand.class, RubricCommand.class,
                HistoryCommand.class})
public final class MaturityCommand {
}
