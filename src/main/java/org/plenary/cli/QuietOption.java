package org.plenary.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}: no progress bar and nothing on standard output. */
final class QuietOption {

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and nothing on standard output.")
    boolean quiet;

    /** Whether to stay silent. */
    boolean quiet() {
        return quiet;
    }

    /** Whether a progress bar may be shown: not quiet, and attached to a terminal. */
    boolean progressBar() {
        return !quiet && System.console() != null;
    }
}
