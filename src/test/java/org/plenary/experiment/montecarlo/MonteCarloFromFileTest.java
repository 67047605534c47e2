package org.plenary.experiment.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.core.model.Scenario;
import org.plenary.core.stats.Proportion;
import org.plenary.core.stats.WilsonInterval;
import org.plenary.core.uncertainty.Distribution;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioReader;

/** The uncertainty section of a scenario file drives the Monte Carlo as the same inputs built in code do. */
class MonteCarloFromFileTest {

    private static Scenario load(String name) throws URISyntaxException {
        Path file = Path.of(MonteCarloFromFileTest.class.getResource("/scenarios/valid/" + name).toURI());
        ReadResult r = ScenarioReader.read(file);
        assertEquals(List.of(), r.renderedProblems());
        return r.scenario().orElseThrow();
    }

    @Test
    void uniformPositionFromTheFileGivesTheKnownConsensusProbability() throws Exception {
        // As in MonteCarloTest.threshold: two equal delegations on one clause, status quo 0, linear loss,
        // T = 1. The draft is (x + 100)/2; A accepts iff 1 − (100 − x)/200 ≥ 1 − x/100, i.e. x ≥ 100/3,
        // and B always accepts. x ~ U(0, 100), so P(consensus) = 2/3.
        Scenario s = load("uncertain-threshold.yaml");
        assertEquals(new Distribution.Uniform(0, 100), s.uncertainty().inputs().get(0).distribution());
        MonteCarloResult r = new MonteCarlo(s).run(new MonteCarloSettings(20_000, s.seed(), 2));
        Proportion c = r.consensus();
        Proportion wide = new WilsonInterval(0.99).of(c.successes(), c.trials());
        assertTrue(wide.lower() <= 2.0 / 3 && 2.0 / 3 <= wide.upper(),
                "expected 2/3 in [" + wide.lower() + ", " + wide.upper() + "]");
        assertEquals(20_000, c.successes() + r.noAgreement().successes());
    }
}
