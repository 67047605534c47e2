package org.plenary.cli;

import picocli.CommandLine.Option;

/** {@code --seed}, shared by every command that draws random numbers. */
final class SeedOption {

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random streams (default: the scenario's).")
    Long seed;

    /** The seed given, or {@code fallback} (the scenario's). */
    long or(long fallback) {
        return seed != null ? seed : fallback;
    }
}
