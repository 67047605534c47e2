package org.plenary.cli;

/** Entry point of the {@code plenary} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Charts are drawn off-screen: never look for a display.
        System.setProperty("java.awt.headless", "true");
        Interruption.install();
        int code = PlenaryCommand.commandLine().execute(args);
        Interruption.finished();
        System.exit(code);
    }
}
