package org.plenary.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plenary.core.baseline.Baselines;
import org.plenary.core.explain.Explanation;
import org.plenary.core.model.Scenario;
import org.plenary.engine.local.LocalEngine;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.chart.ExplainCharts;
import org.plenary.io.scenario.ScenarioReader;

/** The report's "Why" section: the story, the pivots and the flip table of {@code plenary explain}. */
class HtmlReportWhyTest {

    private static String report(String file) throws InterruptedException {
        Scenario s = ScenarioReader.read(Path.of(file)).scenario().orElseThrow();
        return HtmlReport.render(new ReportData(s, file, "ab12", 1, "local", "9.9",
                new LocalEngine().negotiate(s, 1, 0, true), new MonteCarlo(s).run(new MonteCarloSettings(50, 1, 1)),
                Baselines.compute(s), Explanation.of(s, 1, 0, null)));
    }

    @Test
    void theFlipTableShowsTheHandComputedFlip() throws Exception {
        // A's ideal point 10 → 28 turns no agreement into consensus (ExplainHandComputedTest).
        String html = report("src/test/resources/cli/explain/flip-at-28.yaml");
        assertTrue(html.contains("<h2>3. Why this outcome</h2>"), html);
        assertTrue(html.contains("<tr><td>A</td><td>k.position</td><td>10.000</td><td>28.000</td><td>+18.000</td>"
                + "<td>consensus</td></tr>"), html);
        assertTrue(html.contains("<li>A: blocker, margin -0.3000</li>"), html);
        assertTrue(html.contains("<figcaption>The smallest change of one ideal point or red line"), html);
    }

    @Test
    void scenarioTextInTheWhySectionIsEscaped() throws Exception {
        String html = report("src/test/resources/report/hostile.yaml");
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"));
        assertFalse(lower.contains("<img"));
        assertTrue(html.contains("<section id=\"why\">"));
    }

    @Test
    void theFlipChartHasOneBarPerDelegationThatCanFlip() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("src/test/resources/cli/explain/flip-at-28.yaml")).scenario()
                .orElseThrow();
        var charts = ExplainCharts.flips(s, Explanation.of(s, 1, 0, null));
        assertEquals(1, charts.size());
        assertEquals("flips", charts.get(0).name());
    }
}
