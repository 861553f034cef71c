package dev.maturity.cli;

import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.RubricLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the effective rubric: the default, or the user's file over it. */
final class Rubrics {

    private Rubrics() {
    }

    static Rubric load(Path file) {
        if (file == null) {
            return Preload.defaultRubric();
        }
        if (!Files.isRegularFile(file)) {
            throw new ExitCodes.UsageException("rubric file not found: " + file);
        }
        return RubricLoader.load(file);
    }
}
