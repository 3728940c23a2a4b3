package org.tidings.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that touches the store shares. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "tidings-data",
            description = "Data folder holding the database (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    public Path dataDir() {
        return dataDir;
    }
}
