package org.plenary.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.plenary.engine.jade.JadeSettings;
import org.plenary.engine.jade.PlatformException;
import org.plenary.engine.jade.distributed.Ending;
import org.plenary.engine.jade.distributed.WorkerContainer;
import org.plenary.io.distributed.Job;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plenary worker --join HOST:PORT}: computes points or Monte Carlo chunks for a distributed run. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        header = "Computes for a distributed sweep, sensitivity analysis or Monte Carlo.",
        description = "Joins the JADE platform of a coordinator started with --distributed (a peripheral container "
            + "with one worker agent) and computes the points or chunks of runs it is handed, with the local engine. "
            + "The coordinator sends the specification and scenario; the worker reads no file. Runs until the "
            + "coordinator dismisses it, refuses it, or is gone.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:dismissed: the coordinator's work is done", "1:the coordinator is gone, or an internal error",
            "2:refused (wrong token, another Plenary version, another job) or invalid options",
            "130:interrupted (Ctrl-C); the coordinator hands its points to others"})
final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--join", paramLabel = "HOST:PORT", required = true,
            description = "The coordinator's address, as its 'plenary worker --join …' line prints it.")
    String join;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The name the coordinator shows and lists in its manifest (default: this machine's name).")
    String name;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The join token the coordinator printed (default: the PLENARY_TOKEN environment variable).")
    String token;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "The address of this machine the coordinator reaches this worker on (default: the one "
                    + "that routes to the coordinator; 127.0.0.1 for a coordinator on this machine).")
    String host;

    @Option(names = "--local-port", paramLabel = "P", defaultValue = "0",
            description = "The port this worker's container listens on for the coordinator (default: a free one; "
                    + "fix it to forward it through an SSH tunnel).")
    int localPort;

    @Option(names = "--coordinator-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The coordinator not heard from for this long (it sends a heartbeat every second) is "
                    + "gone: the worker exits (default: ${DEFAULT-VALUE}).")
    int coordinatorTimeout;

    @Override
    public Integer call() throws InterruptedException {
        int k = threads.resolve(spec);
        PrintWriter err = spec.commandLine().getErr();
        int colon = join.lastIndexOf(':');
        int port;
        try {
            port = colon > 0 ? Integer.parseInt(join.substring(colon + 1)) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--join': '" + join
                    + "' (HOST:PORT, as the coordinator prints it)");
        }
        if (coordinatorTimeout < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--coordinator-timeout': " + coordinatorTimeout + " (at least 2 seconds)");
        }
        if (localPort < 0 || localPort > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--local-port': " + localPort + " (0, or a port from 1 to 65535)");
        }
        String t = token != null ? token : System.getenv(DistributedRun.TOKEN_VARIABLE);
        if (t == null || t.isBlank()) {
            throw new InputException("plenary worker: no join token: give --token TOKEN or set "
                    + DistributedRun.TOKEN_VARIABLE + " (the coordinator prints it with its join line)");
        }
        String local = null;
        if (host != null) {
            try {
                local = JadeSettings.bindAddress(host);
            } catch (IllegalArgumentException e) {
                throw new InputException("plenary worker: invalid value for option '--host': " + e.getMessage());
            }
        }
        String mainHost = join.substring(0, colon);
        WorkerContainer.Settings settings = new WorkerContainer.Settings(mainHost, port, local, localPort,
                name != null ? name : machineName(), k, t.strip(), Version.current(), coordinatorTimeout * 1000L);
        Interruption.message("plenary worker: interrupted; the coordinator hands this worker's points to others");
        Ending ending;
        try {
            ending = WorkerContainer.run(settings, Job.preparation(), line -> {
                err.println("plenary worker: " + line);
                err.flush();
            });
        } catch (PlatformException e) {
            err.println("plenary worker: cannot join " + mainHost + ":" + port + ": " + e.getMessage());
            err.flush();
            return ExitCode.INTERNAL;
        }
        err.println("plenary worker: " + ending.message());
        err.flush();
        return ending.code();
    }

    private static String machineName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "worker";
        }
    }
}
