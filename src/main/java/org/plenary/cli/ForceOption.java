package org.plenary.cli;

import picocli.CommandLine.Option;

/** {@code --force}: also replace a folder of Plenary's files that no manifest marks as Plenary's. */
final class ForceOption {

    @Option(names = "--force", description = "Also replace a folder holding only files Plenary writes but no "
            + "manifest (e.g. from an older version). Never the current folder, a folder above it, or a folder "
            + "holding anything else.")
    boolean force;

    /** Whether --force was given. */
    boolean force() {
        return force;
    }
}
