package org.plenary.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.uncertainty.Perturbation;
import org.plenary.io.scenario.ScenarioReader;

/**
 * The Monte Carlo hot loop of the local engine, one run per operation: redraw the uncertain inputs
 * of run r, then play it. Each benchmark thread owns its scratch space, as a Monte Carlo worker does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class LocalEngineBenchmark {

    @Param({"scenarios/un-ai-dialogue-2026.yaml", "scenarios/un-ga-193.yaml"})
    public String scenario;

    private Perturbation perturbation;
    private NegotiationRun play;
    private long run;

    @Setup
    public void setUp() {
        Scenario s = ScenarioReader.read(Path.of(scenario)).scenario().orElseThrow();
        Negotiation base = new Negotiation(s);
        perturbation = new Perturbation(base, s.uncertainty());
        play = new NegotiationRun(perturbation.negotiation());
        run = Thread.currentThread().getId() << 40;
    }

    @Benchmark
    public int negotiate() {
        long r = run++;
        perturbation.apply(2026, r);
        return play.play(2026, r, null).ordinal();
    }
}
