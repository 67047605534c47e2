package org.plenary.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as {@code main} would, and captures what it printed. */
final class Cli {

    /** Shared test scenarios. */
    static final String THREE = "src/test/resources/cli/three-delegations.yaml";
    static final String BROKEN = "src/test/resources/cli/broken.yaml";

    /** Exit code and output of one invocation. */
    record Ran(int code, String out, String err) {
    }

    private Cli() {
    }

    static Ran run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlenaryCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Ran(code, out.toString(), err.toString());
    }
}
