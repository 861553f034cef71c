package dev.maturity.cli;

import dev.maturity.core.scan.Scan;
import picocli.CommandLine;

/** Prints the tool version from the jar manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"maturity " + Scan.version()};
    }
}
