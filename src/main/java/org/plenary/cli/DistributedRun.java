package org.plenary.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.plenary.engine.jade.JadeSettings;
import org.plenary.engine.jade.distributed.Coordination;
import org.plenary.engine.jade.distributed.WorkerRecord;
import org.plenary.io.distributed.Job;

/**
 * The coordinator's side of {@code --distributed}: starts the platform and the coordinator, prints
 * the line to run on worker machines, computes on this machine's threads too (unless
 * {@code --local-threads 0}), and waits until every unit is done.
 */
final class DistributedRun {

    /** The environment variable that holds a join token chosen by the user. */
    static final String TOKEN_VARIABLE = "PLENARY_TOKEN";

    private DistributedRun() {
    }

    /**
     * What the run left for the manifest.
     *
     * @param address  host:port of the coordinator
     * @param workers  the workers that joined
     * @param traffic  the coordinator's messages
     */
    record Done(String address, List<WorkerRecord> workers, Coordination.Traffic traffic) {
    }

    /** The join token: {@value #TOKEN_VARIABLE} when set, else 24 random characters. */
    static String token() {
        String t = System.getenv(TOKEN_VARIABLE);
        if (t != null && !t.isBlank()) {
            return t.strip();
        }
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The address to listen on, checked: an InputException naming the option when it is not one of this machine's. */
    static String host(String command, String host) {
        try {
            return JadeSettings.bindAddress(host);
        } catch (IllegalArgumentException e) {
            throw new InputException("plenary " + command + ": invalid value for option '--host': " + e.getMessage());
        }
    }

    /**
     * Runs the {@code units} units of {@code job} (unit i described by {@code work.apply(i)}) on a coordination.
     *
     * @param results  receives each unit's first result (on the coordinator's thread)
     */
    static Done run(String command, DistributedOptions options, String host, int threads, Job job, int units,
                    java.util.function.IntFunction<String> work, Coordination.Results results, Progress progress,
                    PrintWriter err) throws InterruptedException {
        String token = token();
        boolean fromEnvironment = System.getenv(TOKEN_VARIABLE) != null && !System.getenv(TOKEN_VARIABLE).isBlank();
        Coordination.Settings settings = new Coordination.Settings(host(command, host),
                options.port == null ? 0 : options.port, token, Version.current(), options.workerTimeout * 1000L);
        Coordination c;
        try {
            c = Coordination.start(settings, job.toJson(), units, work, results, line -> {
                err.println("plenary: " + line);
                err.flush();
            }, (done, workers) -> progress.workers(workers));
        } catch (org.plenary.engine.jade.PlatformException e) {
            throw new InputException("plenary " + command + ": cannot listen on " + settings.host()
                    + (options.port == null ? "" : ":" + options.port) + ": " + e.getMessage());
        }
        try {
            err.println("plenary: coordinator listening on " + c.address() + "; on each worker machine run:");
            err.println(fromEnvironment
                    ? "  plenary worker --join " + c.address() + "   (with the same " + TOKEN_VARIABLE + " set)"
                    : "  plenary worker --join " + c.address() + " --token " + token);
            int local = options.localThreads(threads);
            if (local > 0) {
                c.startLocalWorker(local, Job.preparation(), line -> err.println("plenary: " + line));
            } else {
                err.println("plenary: --local-threads 0: waiting for workers");
            }
            err.flush();
            progress.linesWithoutTerminal();
            c.awaitCompletion();
        } finally {
            c.close();
        }
        return new Done(c.address(), c.workers(), c.traffic());
    }
}
