package org.plenary.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}: stack traces of internal errors. Read by the top-level exception handler from
 * the parse result, so the field itself is not consulted.
 */
final class VerboseOption {

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;
}
