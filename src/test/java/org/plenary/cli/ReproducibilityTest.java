package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same scenario and seed: byte-identical results whatever the thread count or the order of delegations. */
class ReproducibilityTest {

    private static final Path FLAGSHIP = Path.of("scenarios/un-ai-dialogue-2026.yaml");

    private static String simulate(Path scenario, Path out, String threads) throws IOException {
        StringWriter err = new StringWriter();
        int code = PlenaryCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("simulate", scenario.toString(), "--runs", "20000", "--seed", "7", "--threads", threads,
                        "--quiet", "--out", out.toString());
        assertEquals(0, code, err.toString());
        return Files.readString(out.resolve("summary.json"));
    }

    @Test
    void summaryIsByteIdenticalForOneTwoAndEightThreads(@TempDir Path dir) throws IOException {
        String one = simulate(FLAGSHIP, dir.resolve("t1"), "1");
        assertEquals(one, simulate(FLAGSHIP, dir.resolve("t2"), "2"));
        assertEquals(one, simulate(FLAGSHIP, dir.resolve("t8"), "8"));
        for (String csv : List.of("clauses.csv", "delegations.csv", "rounds.csv", "outcomes.csv")) {
            assertEquals(Files.readString(dir.resolve("t1").resolve(csv)), Files.readString(dir.resolve("t8").resolve(csv)),
                    csv);
        }
    }

    @Test
    void summaryIsIdenticalForAnotherOrderOfDelegationsInTheFile(@TempDir Path dir) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode tree = (ObjectNode) yaml.readTree(FLAGSHIP.toFile());
        List<com.fasterxml.jackson.databind.JsonNode> delegations = new ArrayList<>();
        tree.withArray("delegations").forEach(delegations::add);
        Collections.reverse(delegations);
        tree.putArray("delegations").addAll(delegations);
        Path reordered = dir.resolve("reordered.yaml");
        yaml.writeValue(reordered.toFile(), tree);
        List<String> original = ids(yaml.readTree(FLAGSHIP.toFile()));
        List<String> reversed = ids(yaml.readTree(reordered.toFile()));
        assertTrue(original.size() > 2, original.toString());
        assertNotEquals(original, reversed, "the delegations are in another order");
        List<String> back = new ArrayList<>(reversed);
        Collections.reverse(back);
        assertEquals(original, back, "the same delegations, reversed");
        String a = withoutScenarioBlock(simulate(FLAGSHIP, dir.resolve("a"), "2"));
        String b = withoutScenarioBlock(simulate(reordered, dir.resolve("b"), "2"));
        assertEquals(a, b);
    }

    private static List<String> ids(com.fasterxml.jackson.databind.JsonNode scenario) {
        List<String> ids = new ArrayList<>();
        scenario.get("delegations").forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    /** The scenario block names the file and its hash, which differ by construction. */
    private static String withoutScenarioBlock(String json) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = (ObjectNode) m.readTree(json);
        o.remove("scenario");
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }
}
