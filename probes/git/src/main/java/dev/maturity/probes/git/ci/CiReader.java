package dev.maturity.probes.git.ci;

import dev.maturity.probes.git.RepoFile;
import java.util.List;

/**
 * Reads the configuration files of one CI system into {@link CiJob} facts through a {@link CiContext}.
 * A reader is created only when the tree holds a file of its system ({@link CiSystem}), and it never
 * runs anything a file names: it reads text. A file it cannot read goes to
 * {@link CiContext#unreadable}; a configuration it recognises but cannot interpret (a scripted
 * pipeline, one generated at run time) goes to {@link CiContext#notInterpreted}.
 */
public interface CiReader {

    /** Reads the system's files of the tree (as {@link CiSystem#claims} chose them, sorted by path). */
    void read(CiContext ctx, List<RepoFile> files);
}
