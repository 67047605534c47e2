package org.plenary.io.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.io.source.Problem;
import org.plenary.io.source.YamlTree;
import org.plenary.io.sweep.SweepSpecReader;
import org.plenary.io.sweep.SweepSpecResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits that keep an untrusted file from exhausting memory: values expanded through aliases,
 * nesting depth, and the size of a sweep specification. Each is refused with one problem, not an
 * exception.
 */
class InputLimitsTest {

    private static List<Problem> errors(ReadResult r) {
        return r.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void aFewAliasesThatExpandToMoreThanAMillionValuesAreRefused(@TempDir Path dir) throws IOException {
        // Nested anchors within the limit of 50 aliases: a holds 34 values, each next list 7 aliases to
        // the one before (238, 1,666, 11,662, 81,634, 571,438 values), the last 2 aliases: 1,142,876
        // values > 1,000,000, from 44 aliases in a file of about a kilobyte.
        StringBuilder yaml = new StringBuilder("a: &a [" + "1, ".repeat(33) + "1]\n");
        String previous = "a";
        for (String next : List.of("b", "c", "d", "e", "f")) {
            yaml.append(next).append(": &").append(next).append(" [").append(("*" + previous + ", ").repeat(6))
                    .append('*').append(previous).append("]\n");
            previous = next;
        }
        yaml.append("g: [*f, *f]\n");
        Path file = Files.writeString(dir.resolve("expands.yaml"), yaml);
        ReadResult r = ScenarioReader.read(file);
        assertTrue(r.scenario().isEmpty());
        assertEquals(1, errors(r).size(), r.renderedProblems().toString());
        assertTrue(errors(r).get(0).message().contains("more than " + YamlTree.MAX_NODES), errors(r).get(0).message());

    }

    @Test
    void nestingDeeperThanTheLimitIsRefused(@TempDir Path dir) throws IOException {
        int limit = YamlTree.MAX_DEPTH;
        String deep = "metadata: " + "[".repeat(limit + 10) + "]".repeat(limit + 10) + "\n";
        ReadResult r = ScenarioReader.read(Files.writeString(dir.resolve("deep.yaml"), deep));
        assertTrue(r.scenario().isEmpty());
        assertEquals(1, errors(r).size(), r.renderedProblems().toString());
        String message = errors(r).get(0).message();
        assertTrue(message.contains(Integer.toString(limit)) && message.contains("nested"), message);

        String shallow = "metadata: " + "[".repeat(limit - 5) + "]".repeat(limit - 5) + "\n";
        ReadResult ok = ScenarioReader.read(Files.writeString(dir.resolve("shallow.yaml"), shallow));
        assertTrue(ok.renderedProblems().stream().noneMatch(p -> p.contains("nested")), ok.renderedProblems().toString());
    }

    @Test
    void aSweepSpecificationOverItsSizeLimitIsRefusedUnread(@TempDir Path dir) throws IOException {
        String spec = "scenario: ../cli/three-delegations.yaml\ndesign: grid\nparameters:\n"
                + "  - path: protocol.maxRounds\n    levels: [2, 3]\n";
        String padding = "# " + "x".repeat(1000) + "\n";
        StringBuilder big = new StringBuilder(spec);
        while (big.length() <= SweepSpecReader.MAX_BYTES) {
            big.append(padding);
        }
        SweepSpecResult r = SweepSpecReader.read(Files.writeString(dir.resolve("big.yaml"), big));
        assertTrue(r.spec().isEmpty());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).message().contains("limit"), r.problems().get(0).message());

        // The same specification under the limit reads (its scenario path is relative to the file).
        Path sweeps = Path.of("src/test/resources/sweeps");
        Path small = Files.writeString(Files.createTempFile(sweeps, "small", ".yaml"), spec + padding);
        try {
            assertEquals(List.of(), SweepSpecReader.read(small).problems());
        } finally {
            Files.delete(small);
        }
    }
}
