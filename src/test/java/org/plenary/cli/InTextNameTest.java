package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.io.chart.SimulationCharts;
import org.plenary.io.chart.SimulationSummary;

/**
 * One concept, one name: the share of runs whose adopted text holds a clause is {@code p_in_text}
 * in CSV, {@code inText} in JSON and "in text" in tables and charts — never "survives" or "adopted in".
 */
class InTextNameTest {

    @Test
    void everyOutputCallsItInText(@TempDir Path dir) throws Exception {
        // The uncertain scenario under the consensus rule: about 30% of runs adopt nothing.
        String scenario = dir.resolve("consensus.yaml").toString();
        Files.writeString(Path.of(scenario), Files.readString(Path.of("src/test/resources/cli/three-uncertain.yaml"))
                .replace("decisionRule: majority", "decisionRule: consensus"));
        Path out = dir.resolve("sim");
        Cli.Ran sim = Cli.run("simulate", scenario, "--runs", "400", "--out", out.toString());
        assertEquals(0, sim.code(), sim.err());
        assertTrue(sim.out().contains(" in text "), sim.out());
        List<String> csv = Files.readAllLines(out.resolve("clauses.csv"));
        assertTrue(csv.get(0).startsWith("clause,p_in_text,p_in_text_lower,p_in_text_upper,runs_in_text,"), csv.get(0));
        String json = Files.readString(out.resolve("summary.json"));
        JsonNode summary = new ObjectMapper().readTree(json);
        assertEquals("plenary.simulate/3", summary.get("format").asText());
        JsonNode c1 = summary.get("clauses").get(0);
        assertTrue(c1.has("inText"), c1.toString());
        assertFalse(json.contains("survive"), json);
        // The CSV and JSON say the same share.
        assertEquals(c1.get("inText").get("p").asDouble(), Double.parseDouble(csv.get(1).split(",")[1]), 0.0);
        double share = c1.get("inText").get("p").asDouble();
        assertTrue(share > 0 && share < 0.995, "some runs adopt no text: " + share);

        // The final-positions chart labels a clause not always in the text with its share (c1 is the top row).
        java.util.function.Function<Double, String> rows = SimulationCharts.finalPositions(
                SimulationSummary.read(out.resolve("summary.json"))).getStyler().getyAxisTickLabelsFormattingFunction();
        assertEquals("c1 (in text in " + Math.round(share * 100) + "% of runs)", rows.apply(2.0));

        Cli.Ran forecast = Cli.run("forecast", scenario, "--runs", "200");
        assertEquals(0, forecast.code(), forecast.err());
        assertTrue(forecast.out().contains("in text"), forecast.out());
        assertFalse(forecast.out().contains("surviv"), forecast.out());

        // A summary written before the rename (plenary.simulate/2, "survives") still charts the same.
        Path old = dir.resolve("old-summary.json");
        Files.writeString(old, json.replace("\"inText\"", "\"survives\"").replace("plenary.simulate/3", "plenary.simulate/2"));
        assertEquals(SimulationSummary.read(out.resolve("summary.json")), SimulationSummary.read(old));
    }
}
