package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.engine.jade.JadeEngine;
import org.plenary.engine.jade.JadeSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plenary bench-jade [SCENARIO] [--runs N]}: measures the JADE engine's platform boot time
 * and its runs per second with the platform reused. Hidden: a tool for developers.
 */
@Command(name = "bench-jade", hidden = true, mixinStandardHelpOptions = true,
        header = "Measures the speed of the JADE engine.",
        description = "Measures the JADE engine: platform boot time, then runs per second with the platform reused.")
final class BenchJadeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: scenarios/un-ai-dialogue-2026.yaml).")
    Path scenarioFile = Path.of("scenarios", "un-ai-dialogue-2026.yaml");

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "200",
            description = "Timed runs, after as many warm-up runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = ScenarioFiles.load(scenarioFile, spec.commandLine().getErr());
        NegotiationRun play = new NegotiationRun(new Negotiation(scenario));
        int n = play.negotiation().delegations();
        long closeStart;
        try (JadeEngine engine = new JadeEngine(JadeSettings.defaults())) {
            out.printf(Locale.ROOT, "platform boot (main container and chair): %.0f ms%n", engine.bootNanos() / 1e6);
            for (int r = 0; r < runs; r++) {
                engine.play(play, scenario.seed(), r, null);
            }
            long messages = 0;
            long rounds = 0;
            long t0 = System.nanoTime();
            for (int r = 0; r < runs; r++) {
                engine.play(play, scenario.seed(), runs + r, null);
                rounds += play.roundsUsed();
                messages += 2L * n * play.roundsUsed() + n + (play.voted() ? 2L * n : 0);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "%d runs of %s (%d delegations, %.1f rounds on average): %.1f runs/s, %.0f ACL messages/s%n",
                    runs, scenarioFile.getFileName(), n, (double) rounds / runs, runs / seconds, messages / seconds);
            closeStart = System.nanoTime();
        }
        out.printf(Locale.ROOT, "platform shutdown: %.0f ms%n", (System.nanoTime() - closeStart) / 1e6);
        out.flush();
        return ExitCode.OK;
    }
}
