package dev.maturity.probes.git.wiring;

import java.util.List;

/**
 * One stage of a pipeline file as written: a DVC stage ({@code stages.<name>.cmd}) or an MLflow
 * Project entry point ({@code entry_points.<name>.command}).
 *
 * @param system   {@code dvc} or {@code mlproject}
 * @param file     the pipeline file, repo-relative
 * @param name     the stage or entry point name
 * @param commands its command lines
 * @param workdir  repo-relative directory the commands run in
 * @param line     first line of the stage in the file
 * @param endLine  last line of the stage in the file
 */
record StageDefinition(String system, String file, String name, List<String> commands, String workdir, int line, int endLine) {

    StageDefinition {
        commands = List.copyOf(commands);
    }
}
