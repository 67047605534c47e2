package org.plenary.cli;

import java.io.PrintWriter;

import org.plenary.engine.jade.DelegationLostException;
import org.plenary.engine.jade.PlatformException;
import org.plenary.io.export.OutputException;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The top-level {@code plenary} command: a container of subcommands. */
@Command(name = "plenary", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulates the negotiation of an international text by state and bloc delegations.",
        subcommands = {RunCommand.class, PlayCommand.class, ServeCommand.class, SimulateCommand.class, ForecastCommand.class, ChartCommand.class, ReportCommand.class,
            ValidateCommand.class, BenchCommand.class, BenchJadeCommand.class, BenchDistributedCommand.class, SweepCommand.class,
            SensitivityCommand.class, WorkerCommand.class, FieldsCommand.class, ExplainCommand.class, BacktestCommand.class,
            AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (a bug, or results could not be written)",
            "2:bad input: invalid command line or scenario, or an output that may not be written there "
            + "(a folder of other files, the current folder, a file named as a folder or the reverse); "
            + "nothing written"},
        footer = {"", "Run 'plenary COMMAND --help' for a command's options."})
public final class PlenaryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try run, simulate, forecast or validate");
    }

    /** The command line wired to the process's stdout and stderr. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** The command line with the given output streams (for tests and embedding). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PlenaryCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(PlenaryCommand::handle);
        cl.setParameterExceptionHandler(PlenaryCommand::badCommandLine);
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cl;
    }

    /**
     * A command line picocli cannot parse: one line naming the command and the problem (with picocli's
     * suggestions for a misspelt option), not the whole usage message; exit code 2.
     */
    private static int badCommandLine(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        StringBuilder line = new StringBuilder(cl.getCommandSpec().qualifiedName()).append(": ").append(ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            line.append("; did you mean ").append(String.join(" or ", u.getSuggestions())).append('?');
        }
        line.append(" (see '").append(cl.getCommandSpec().qualifiedName()).append(" --help')");
        err.println(line.toString().replace('\n', ' '));
        err.flush();
        return ExitCode.INPUT;
    }

    private static int handle(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof InputException input) {
            input.lines().forEach(err::println);
            err.flush();
            return ExitCode.INPUT;
        }
        Throwable cause = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
        if (cause instanceof OutputException out) {
            if (verbose(parsed)) {
                out.printStackTrace(err);
            }
            err.println("plenary: " + out.getMessage());
            err.flush();
            return out.badTarget() ? ExitCode.INPUT : ExitCode.INTERNAL;
        }
        if (!verbose(parsed) && (ex instanceof DelegationLostException || ex instanceof PlatformException)) {
            err.println("plenary: JADE engine: " + ex.getMessage());
            err.flush();
            return ExitCode.INTERNAL;
        }
        if (verbose(parsed)) {
            ex.printStackTrace(err);
        } else {
            err.println("plenary: internal error: " + ex + " (run with --verbose for the stack trace)");
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
