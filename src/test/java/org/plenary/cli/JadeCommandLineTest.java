package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the JADE engine: the same transcript and statistics as the local engine, and the ACL log. */
class JadeCommandLineTest {

    private static final String CLASSROOM = "scenarios/classroom-3.yaml";

    record Ran(int code, String out, String err) {
    }

    static Ran run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlenaryCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Ran(code, out.toString(), err.toString());
    }

    @Test
    void runOnJadePrintsTheLocalTranscriptAndLogsEveryMessage(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("acl.jsonl");
        Ran local = run("run", CLASSROOM, "--color", "never");
        Ran jade = run("run", CLASSROOM, "--color", "never", "--engine", "jade", "--acl-log", log.toString());
        assertEquals(0, jade.code(), jade.err());
        assertEquals("", jade.err());
        assertEquals(local.out().replace("engine local", "engine jade"), jade.out());

        List<String> lines = Files.readAllLines(log);
        ObjectMapper json = new ObjectMapper();
        Set<String> performatives = new TreeSet<>();
        for (String line : lines) {
            JsonNode m = json.readTree(line);
            for (String field : List.of("time", "performative", "sender", "receivers", "conversation", "round",
                    "content", "replyWith", "inReplyTo")) {
                assertTrue(m.has(field), field + " missing in " + line);
            }
            assertEquals("plenary-negotiation", m.get("ontology").asText());
            assertEquals("application/json", m.get("language").asText());
            assertEquals("plenary-1-0-1", m.get("conversation").asText());
            performatives.add(m.get("performative").asText());
        }
        // Classroom, seed 1: consensus in round 2 (three rounds of CFP and three answers), then the close.
        assertEquals(3 * (1 + 3) + 1, lines.size());
        assertEquals(Set.of("ACCEPT-PROPOSAL", "CFP", "INFORM", "PROPOSE"), performatives);
    }

    @Test
    void simulateOnJadeGivesTheLocalStatistics(@TempDir Path dir) throws IOException {
        Ran local = run("simulate", "scenarios/un-ai-dialogue-2026.yaml", "-n", "20", "-q", "-o",
                dir.resolve("local").toString());
        Ran jade = run("simulate", "scenarios/un-ai-dialogue-2026.yaml", "-n", "20", "-q", "-o",
                dir.resolve("jade").toString(), "--engine", "jade");
        assertEquals(0, local.code(), local.err());
        assertEquals(0, jade.code(), jade.err());
        for (String csv : List.of("outcomes.csv", "clauses.csv", "delegations.csv", "rounds.csv")) {
            assertEquals(Files.readString(dir.resolve("local").resolve(csv)),
                    Files.readString(dir.resolve("jade").resolve(csv)), csv);
        }
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("jade").resolve("manifest.json").toFile());
        assertEquals("jade", manifest.get("engine").asText());
    }

    @Test
    void jadeOptionsNeedTheJadeEngine() {
        Ran r = run("run", CLASSROOM, "--acl-log", "x.jsonl");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("need '--engine jade'"), r.err());
    }

    @Test
    void aHostThatIsNotOneAddressOfThisMachineIsRefusedInOneLine() {
        for (String host : List.of("0.0.0.0", "203.0.113.7")) {
            for (String command : List.of("run", "simulate")) {
                Ran r = run(command, CLASSROOM, "--engine", "jade", "--host", host);
                assertEquals(2, r.code(), r.err());
                assertEquals("", r.out());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertTrue(r.err().startsWith("plenary " + command + ": invalid value for option '--host': '" + host + "'"),
                        r.err());
            }
        }
    }
}
