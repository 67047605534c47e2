package org.plenary.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.plenary.core.baseline.Baselines;
import org.plenary.core.model.Scenario;
import org.plenary.engine.local.LocalEngine;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.scenario.ScenarioReader;

/** The report page: escaped, self-contained, complete. */
class HtmlReportTest {

    static String report(String file) throws InterruptedException {
        Scenario s = ScenarioReader.read(Path.of(file)).scenario().orElseThrow();
        return HtmlReport.render(new ReportData(s, file, "ab12", 1, "local", "9.9", new LocalEngine().negotiate(s, 1, 0,
                true), new MonteCarlo(s).run(new MonteCarloSettings(200, 1, 1)), Baselines.compute(s)));
    }

    @Test
    void noTagFromTheScenarioGetsThrough() throws Exception {
        String html = report("src/test/resources/report/hostile.yaml");
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script element anywhere, inline SVG included");
        assertFalse(lower.contains("<img"));
        assertFalse(lower.contains("<iframe"));
        assertFalse(lower.contains("javascript:alert(1)\""), "no javascript: link");
        assertFalse(lower.contains("<style>body{display:none}"));
        assertEquals(1, count(lower, "<style>"), "only the page's own style element");
    }

    @Test
    void scenarioTextIsShownEscaped() throws Exception {
        String html = report("src/test/resources/report/hostile.yaml");
        assertTrue(html.contains("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Hostile &amp; "
                + "&quot;quoted&quot; scenario — Plenary report</title>"), html.substring(0, 800));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;rationale&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("B&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(3)&lt;/script&gt;"));
        // The http address becomes a link, its ampersand escaped; the javascript: one does not.
        assertTrue(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\""), "link");
        assertFalse(html.contains("href=\"javascript"));
        // Inline SVG titles carry the escaped description only.
        Matcher m = Pattern.compile("<svg\\b[^>]*>").matcher(html);
        int svgs = 0;
        while (m.find()) {
            svgs++;
            assertTrue(m.group().contains("role=\"img\""), m.group());
        }
        assertEquals(2 + 4, svgs, "two clause charts and four Monte Carlo charts");
    }

    @Test
    void pageIsSelfContainedAndForbidsScriptsAndNetwork() throws Exception {
        String html = report("src/test/resources/cli/three-delegations.yaml");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""));
        for (String external : List.of("<link", "<script", "src=\"http", "@import", "url(http")) {
            assertFalse(html.contains(external), external);
        }
        for (String section : List.of("id=\"scenario\"", "id=\"run\"", "id=\"montecarlo\"", "id=\"baselines\"",
                "id=\"reproduce\"")) {
            assertTrue(html.contains(section), section);
        }
        // Consensus in round 3 (ProtocolHandComputedTest); the reproduce section names seed, runs and hash.
        assertTrue(html.contains("consensus after 3 rounds"));
        assertTrue(html.contains("Rule: no forum set (the first protocol)"), "the forum rule in words");
        assertTrue(html.contains("How fragile: "), "fragility said plainly");
        assertTrue(html.contains("came only in the last round (3)"), "last-round consensus said plainly");
        assertTrue(html.contains("plenary report src/test/resources/cli/three-delegations.yaml --runs 200 --seed 1"));
        assertTrue(html.contains("<code>ab12</code>"));
        assertEquals(3, count(html, "<summary>Round "), "one transcript entry per round");
    }

    @Test
    void shellQuotingOfTheFileName() {
        assertEquals("scenarios/a.yaml", HtmlReport.quote("scenarios/a.yaml"));
        assertEquals("'my file.yaml'", HtmlReport.quote("my file.yaml"));
        assertEquals("'it'\\''s.yaml'", HtmlReport.quote("it's.yaml"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
