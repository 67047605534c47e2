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
        List<String> cmd = new ArrayList<>();
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
