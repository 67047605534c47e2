package org.plenary.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.plenary.web.WebServer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plenary serve}: the classroom page on a local web server, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serves the classroom page: explore a scenario, play a seat, negotiate in a shared room.",
        description = {"Serves a web page (no internet needed) where students pick a scenario, change positions, "
            + "saliences, red lines, concession, influence and the protocol with sliders, run it and simulate it "
            + "(the numbers of the command line for the same inputs and seed), play one delegation, or join a "
            + "teacher's room with a short code and each answer for one delegation.",
            "Listens on 127.0.0.1 (this computer only) unless --host opens it to the class's network, "
                + "e.g. --host 0.0.0.0. Stop it with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:internal error, or the port could not be opened", "2:invalid options"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String host;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "Folder of the scenarios listed on the page (default: the project's scenarios folder). "
                    + "At most 200 are listed (the first by name, of the folder's first 10,000 entries); only regular "
                    + "files or links to files inside the folder, each at most 5 MB.")
    Path scenarios;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--port': " + port + " (must be 0 to 65535)");
        }
        Path folder = scenarios != null ? scenarios : shippedScenarios();
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        try (WebServer server = new WebServer(host, port, folder, Version.current(), System::currentTimeMillis)) {
            String shown = host.contains(":") ? "[" + host + "]" : host;
            out.printf("Plenary classroom on http://%s:%d/ (scenarios from %s). Ctrl-C stops it.%n", shown,
                    server.port(), folder);
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCode.OK;
    }

    /** The scenarios folder beside the jar's project (target/plenary.jar → scenarios), else ./scenarios. */
    static Path shippedScenarios() {
        try {
            Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                Path candidate = p.resolve("scenarios");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Fall back to the current directory's folder.
        }
        return Path.of("scenarios");
    }
}
