package dev.maturity.cli;

import dev.maturity.core.scan.BuildInfo;
import picocli.CommandLine;

/** Prints the tool version and the commit it was built from, as the jar manifest records them. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        BuildInfo build = BuildInfo.current();
        String name = "maturity ".concat(build.describe());
        if (build.version() == null) {
            return new String[] {name};
        }
        return new String[] {name, "commit ".concat(build.commit() != null ? build.commit() : "unknown (built outside a git checkout)")};
    }
}
