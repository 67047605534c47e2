package org.plenary.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link LocalEngineBenchmark} under JMH with the GC profiler, on 1 and 2 threads. Not part of
 * the ordinary build: {@code mvn -B -Pbench verify} (a few minutes). It prints JMH's table and checks
 * only what does not depend on the machine: that a run allocates (next to) nothing.
 */
@Tag("bench")
class LocalEngineBenchmarkTest {

    @Test
    void hotLoopThroughputAndAllocationPerRun() throws RunnerException {
        for (int threads : new int[] {1, 2}) {
            Options options = new OptionsBuilder().include(LocalEngineBenchmark.class.getName())
                    .forks(1).threads(threads).warmupIterations(3).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                    .addProfiler(GCProfiler.class).build();
            Collection<RunResult> results = new Runner(options).run();
            for (RunResult r : results) {
                Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
                System.out.printf("%s, %d thread(s): %.0f runs/s, %.2f bytes allocated per run%n",
                        r.getParams().getParam("scenario"), threads, r.getPrimaryResult().getScore(),
                        norm.getScore());
                assertTrue(norm.getScore() < 16, "allocation per run: " + norm.getScore() + " bytes");
            }
        }
    }
}
