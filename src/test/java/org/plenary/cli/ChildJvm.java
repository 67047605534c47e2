package org.plenary.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code plenary} in a separate JVM with the test class path, for tests of whole processes. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(List<String> jvmOptions, Path workDir, Path stdout, String... args) throws IOException {
        return start(List.of(), jvmOptions, workDir, stdout, args);
    }

    /**
     * Starts {@code plenary} so that Ctrl-C (SIGINT) reaches it as it reaches a command typed at a
     * terminal. A process started in the background inherits SIGINT ignored, and a JVM keeps an
     * ignored SIGINT ignored; then the child is started through perl, which restores the default
     * disposition before it becomes the JVM (exec keeps the process id).
     */
    static Process startInterruptible(List<String> jvmOptions, Path workDir, Path stdout, String... args)
            throws IOException {
        List<String> prefix = sigintIgnored()
                ? List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec: $!\"")
                : List.of();
        return start(prefix, jvmOptions, workDir, stdout, args);
    }

    /** Sends SIGINT, as Ctrl-C at a terminal does. */
    static void interrupt(Process p) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -INT " + p.pid() + " failed");
        }
    }

    private static boolean sigintIgnored() throws IOException {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }

    private static Process start(List<String> prefix, List<String> jvmOptions, Path workDir, Path stdout,
                                 String... args) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        File out = stdout.toFile();
        pb.redirectOutput(out);
        pb.redirectError(new File(out.getPath() + ".err"));
        return pb.start();
    }
}
