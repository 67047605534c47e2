package org.plenary.cli;

/**
 * The one line printed on stderr when Ctrl-C (or a kill) stops a command before it finished. The
 * JVM then exits with 128 + the signal's number (130 for Ctrl-C) after its shutdown hooks ran, the
 * ones that discard partial results among them.
 */
final class Interruption {

    private static volatile String message = "plenary: interrupted; nothing was written";
    private static volatile boolean finished;

    private Interruption() {
    }

    /** Prints the message at shutdown unless the command {@link #finished()}. */
    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished) {
                System.err.println(message);
                System.err.flush();
            }
        }, "plenary-interrupted"));
    }

    /** What an interruption of the running command leaves behind, said in one line. */
    static void message(String line) {
        message = line;
    }

    /** The command ended on its own: an exit is not an interruption. */
    static void finished() {
        finished = true;
    }
}
