package org.plenary.cli;

/** Entry point of the {@code plenary} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(PlenaryCommand.commandLine().execute(args));
    }
}
