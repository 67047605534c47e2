package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Scenario;
import org.plenary.io.scenario.Problem;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plenary validate FILE...}: checks scenario files and lists every problem at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Checks scenario files and lists every problem at once.",
        description = "Checks scenario files and lists every problem at once, one per line as file:line:column: "
            + "field.path: message. Writes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid (warnings may be printed)", "2:some file has an error"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.yaml, .yml or .json).")
    List<Path> files;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : files) {
            ReadResult result = ScenarioReader.read(file);
            for (Problem p : result.problems()) {
                err.println(p.render());
            }
            if (result.hasErrors()) {
                failed = true;
                long errors = result.problems().stream().filter(Problem::isError).count();
                err.println(file + ": " + errors + (errors == 1 ? " error" : " errors"));
            } else {
                Scenario s = result.scenario().orElseThrow();
                long negotiating = s.delegations().stream().filter(d -> d.kind().negotiates()).count();
                long observers = s.delegations().stream().filter(d -> d.kind() == DelegationKind.OBSERVER).count();
                out.printf("%s: ok: \"%s\": %d clauses, %d delegations%s, %d rounds%n", file,
                        s.metadata().title(), s.clauses().size(), negotiating,
                        observers == 0 ? "" : " and " + observers + " observers", s.protocol().maxRounds());
            }
        }
        out.flush();
        err.flush();
        return failed ? ExitCode.INPUT : ExitCode.OK;
    }
}
