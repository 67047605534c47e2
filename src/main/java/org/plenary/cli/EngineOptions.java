package org.plenary.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.plenary.engine.Engine;
import org.plenary.engine.jade.AclLog;
import org.plenary.engine.jade.JadeEngine;
import org.plenary.engine.jade.JadeSettings;
import org.plenary.engine.local.LocalEngine;
import org.plenary.io.export.AtomicFile;
import org.plenary.io.export.OutputException;

import picocli.CommandLine.Option;

/** Options shared by the commands that play negotiations: which engine, and the JADE engine's settings. */
final class EngineOptions {

    /** The engines on offer. */
    enum Kind { local, jade }

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (in-process, fast) or jade (every delegation a JADE agent speaking FIPA-ACL; "
                    + "same results) (default: ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address of this machine the JADE platform listens on, its only socket, with --engine jade "
                    + "or --distributed (default: 127.0.0.1, loopback only; not 0.0.0.0).")
    String host;

    @Option(names = "--acl-log", paramLabel = "FILE",
            description = "With --engine jade: write every ACL message to FILE, one JSON object per line.")
    Path aclLog;

    /** Checks combinations that only make sense with the JADE engine. */
    void check(picocli.CommandLine cl) {
        check(cl, false);
    }

    /**
     * Checks combinations that only make sense with the JADE engine; with {@code distributed}
     * ({@code simulate --distributed}), {@code --host} is the address workers join, and the JADE engine
     * and its ACL log are refused (the workers play on the local engine).
     */
    void check(picocli.CommandLine cl, boolean distributed) {
        if (distributed) {
            if (kind == Kind.jade || aclLog != null) {
                throw new picocli.CommandLine.ParameterException(cl,
                        "Options '--engine jade' and '--acl-log' cannot be used with '--distributed' (its workers play "
                                + "on the local engine)");
            }
            if (host != null) {
                DistributedRun.host(cl.getCommandName(), host);
            }
            return;
        }
        if (kind != Kind.jade && (host != null || aclLog != null)) {
            throw new picocli.CommandLine.ParameterException(cl,
                    "Options '--host' and '--acl-log' need '--engine jade'");
        }
        if (host != null) {
            try {
                JadeSettings.bindAddress(host);
            } catch (IllegalArgumentException e) {
                throw new InputException("plenary " + cl.getCommandName() + ": invalid value for option '--host': "
                        + e.getMessage());
            }
        }
    }

    /** The engine asked for, with the ACL log file opened when asked; close it after use. */
    Opened open() throws IOException {
        if (kind == Kind.local) {
            return new Opened(new LocalEngine(), null);
        }
        AclLogFile file = aclLog == null ? null : new AclLogFile(aclLog);
        JadeSettings settings = JadeSettings.defaults().withHost(host).withAclLog(file);
        try {
            return new Opened(new JadeEngine(settings), file);
        } catch (RuntimeException e) {
            if (file != null) {
                file.close();
            }
            throw e;
        }
    }

    /** An engine and the ACL log file it writes to, closed together (engine first). */
    record Opened(Engine engine, AclLogFile log) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                engine.close();
            } finally {
                if (log != null) {
                    log.close();
                }
            }
        }
    }

    /** The ACL log written to a file, one JSON line per message. */
    static final class AclLogFile implements AclLog, AutoCloseable {
        private final BufferedWriter out;

        AclLogFile(Path file) throws IOException {
            // a folder, or a file where a folder is needed, is refused before the platform starts
            AtomicFile.check(file);
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw OutputException.failed(file, e, true);
            }
        }

        @Override
        public synchronized void message(String jsonLine) {
            try {
                out.write(jsonLine);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            out.close();
        }
    }
}
