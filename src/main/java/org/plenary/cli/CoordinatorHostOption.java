package org.plenary.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --host} of {@code sweep} and {@code sensitivity}: the address a distributed run's workers
 * join. ({@code simulate} takes its {@code --host} from {@link EngineOptions}, where it also binds
 * the JADE engine.)
 */
final class CoordinatorHostOption {

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "With --distributed: the address of this machine workers join (default: 127.0.0.1, "
                    + "loopback only: workers on this machine or through an SSH tunnel; not 0.0.0.0).")
    String host;

    /** Checks {@code --host} against {@code distributed}: it needs --distributed and a bindable address. */
    void check(CommandLine cl, DistributedOptions distributed, String command) {
        if (host != null && !distributed.distributed) {
            throw new CommandLine.ParameterException(cl, "Option '--host' needs '--distributed'");
        }
        if (distributed.distributed) {
            DistributedRun.host(command, host);
        }
    }
}
