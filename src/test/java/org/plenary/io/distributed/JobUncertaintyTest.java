package org.plenary.io.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plenary.core.model.Scenario;
import org.plenary.core.uncertainty.Uncertainty;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.scenario.ScenarioReader;

/** A distributed job carries {@code --no-uncertainty} to the workers, which then play the inputs as written. */
class JobUncertaintyTest {

    @Test
    void workersOfAJobWithoutUncertaintyPlayTheInputsAsWritten() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/cli/three-uncertain.yaml"));
        Job on = Job.simulate("three-uncertain.yaml", text, Job.sha256(text), 3000, 5);
        Job off = Job.parse(on.withUncertainty(false).toJson());
        assertFalse(off.uncertainty());
        assertTrue(Job.parse(on.toJson()).uncertainty());
        assertFalse(on.toJson().contains("\"uncertainty\":"), "the job of an ordinary run is as before");

        Scenario scenario = ScenarioReader.read(text, "three-uncertain.yaml").scenario().orElseThrow();
        MonteCarlo asWritten = new MonteCarlo(scenario.withUncertainty(Uncertainty.NONE));
        MonteCarloSettings settings = new MonteCarloSettings(3000, 5, 1);
        assertEquals(UnitResults.chunk(asWritten.chunk(settings, 1)), off.prepare().compute("1"));
        assertNotEquals(UnitResults.chunk(asWritten.chunk(settings, 1)), on.prepare().compute("1"));
    }
}
