package org.plenary.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --threads}, shared by the commands that run experiments in parallel. */
final class ThreadsOption {

    @Option(names = {"-t", "--threads"}, paramLabel = "K",
            description = "Worker threads (default: the number of processors). Results do not depend on it.")
    Integer threads;

    /** The thread count to use; a usage error (exit 2) when below 1. */
    int resolve(CommandSpec spec) {
        int k = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (k < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--threads': " + k + " (must be at least 1)");
        }
        return k;
    }
}
