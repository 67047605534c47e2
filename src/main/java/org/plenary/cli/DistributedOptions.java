package org.plenary.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --distributed} and its settings, shared by {@code sweep}, {@code sensitivity} and {@code simulate}. */
final class DistributedOptions {

    @Option(names = "--distributed",
            description = "Share the work with worker processes on this and other machines over a JADE platform: "
                    + "prints the 'plenary worker --join …' line to run there. Results are byte-identical to a "
                    + "run without it.")
    boolean distributed;

    @Option(names = "--port", paramLabel = "P",
            description = "With --distributed: the port workers join (default: a free port, printed).")
    Integer port;

    @Option(names = "--local-threads", paramLabel = "K",
            description = "With --distributed: threads this process computes on besides the workers "
                    + "(default: --threads, or the number of processors; 0: only coordinate).")
    Integer localThreads;

    @Option(names = "--worker-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "With --distributed: a worker not heard from for this long (it sends a heartbeat every "
                    + "second) is dropped and its points in flight are handed to others (default: ${DEFAULT-VALUE}).")
    int workerTimeout;

    /** Checks that the settings are used only with --distributed and are in range. */
    void check(CommandLine cl) {
        if (!distributed && (port != null || localThreads != null)) {
            throw new CommandLine.ParameterException(cl, "Options '--port' and '--local-threads' need '--distributed'");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new CommandLine.ParameterException(cl, "Invalid value for option '--port': " + port
                    + " (a port from 1 to 65535)");
        }
        if (localThreads != null && localThreads < 0) {
            throw new CommandLine.ParameterException(cl, "Invalid value for option '--local-threads': " + localThreads
                    + " (0 or more)");
        }
        if (workerTimeout < 2) {
            throw new CommandLine.ParameterException(cl, "Invalid value for option '--worker-timeout': " + workerTimeout
                    + " (at least 2 seconds)");
        }
    }

    /** Threads of this process: --local-threads, else {@code threads}. */
    int localThreads(int threads) {
        return localThreads != null ? localThreads : threads;
    }
}
