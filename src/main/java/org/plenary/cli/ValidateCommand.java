package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Scenario;
import org.plenary.io.history.HistoryReader;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioReader;
import org.plenary.io.source.Problem;
import org.plenary.io.source.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary validate FILE...}: checks scenario files and lists every problem at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Checks scenario files and sweep specifications and lists every problem at once.",
        description = "Checks scenario files and sweep specifications (recognised by their 'scenario' and "
            + "'parameters' fields) and lists every problem at once, one per line as file:line:column: "
            + "field.path: message. Writes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid (warnings may be printed)", "2:some file has an error"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files or sweep specifications (.yaml, .yml or .json).")
    List<Path> files;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : files) {
            if (isSweepSpecification(file)) {
                failed |= !validateSweep(file, out, err);
                continue;
            }
            ReadResult result = ScenarioReader.read(file);
            // A history scenario's observed section is checked too (the scenario reader skips it).
            List<Problem> problems = HistoryReader.isHistoryCase(file) ? HistoryReader.read(file).problems()
                    : result.problems();
            for (Problem p : problems) {
                err.println(p.render());
            }
            if (problems.stream().anyMatch(Problem::isError)) {
                failed = true;
                long errors = problems.stream().filter(Problem::isError).count();
                err.println(file + ": " + errors + (errors == 1 ? " error" : " errors"));
            } else {
                Scenario s = result.scenario().orElseThrow();
                long negotiating = s.delegations().stream().filter(d -> d.kind().negotiates()).count();
                long observers = s.delegations().stream().filter(d -> d.kind() == DelegationKind.OBSERVER).count();
                out.printf("%s: ok: \"%s\": %d clauses, %d delegations%s, %d rounds%n", file,
                        Quote.printable(s.metadata().title()), s.clauses().size(), negotiating,
                        observers == 0 ? "" : " and " + observers + " observers", s.protocol().maxRounds());
            }
        }
        out.flush();
        err.flush();
        return failed ? ExitCode.INPUT : ExitCode.OK;
    }

    private static final java.util.regex.Pattern SCENARIO_KEY =
            java.util.regex.Pattern.compile("(?m)^\\s*\"?scenario\"?\\s*:");
    private static final java.util.regex.Pattern PARAMETERS_KEY =
            java.util.regex.Pattern.compile("(?m)^\\s*\"?parameters\"?\\s*:");

    /**
     * Whether the file is a sweep specification: it names a base {@code scenario} and its
     * {@code parameters}, two fields no scenario has. Only the first 64 KB are looked at; anything
     * unreadable is left to the scenario reader, which reports it.
     */
    static boolean isSweepSpecification(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            return SCENARIO_KEY.matcher(head).find() && PARAMETERS_KEY.matcher(head).find();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Validates a sweep specification (and its base scenario); true when it has no error. */
    private static boolean validateSweep(Path file, PrintWriter out, PrintWriter err) {
        org.plenary.io.sweep.SweepSpecResult result = org.plenary.io.sweep.SweepSpecReader.read(file);
        for (Problem p : result.problems()) {
            err.println(p.render());
        }
        if (result.hasErrors()) {
            long errors = result.problems().stream().filter(Problem::isError).count();
            err.println(file + ": " + errors + (errors == 1 ? " error" : " errors") + " (a sweep specification)");
            return false;
        }
        org.plenary.io.sweep.SweepSpec s = result.spec().orElseThrow();
        int k = s.parameters().size();
        out.printf("%s: ok: sweep specification over \"%s\": %d parameter%s%n", file,
                Quote.printable(s.scenario().metadata().title()), k, k == 1 ? "" : "s");
        return true;
    }
}
