package org.plenary.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample in README.md that shows a command ({@code $ ./plenary ...}, and shell lines that read
 * its results) is run as written, and its output must match the sample line by line: a README that
 * drifts from what the commands print fails the build. In a sample, {@code …} inside a line stands
 * for any text (timings) and a line {@code ...} for any number of lines (an abridged table).
 *
 * <p>Commands run with bash in a fresh folder that holds only a link to the repository's
 * {@code scenarios}, so results land there and never in the repository; {@code ./plenary} is the
 * compiled classes of this build. The slow samples (sweep and sensitivity of the flagship: tens of
 * seconds) run when {@code PLENARY_README_SAMPLES=all}, as {@code .ci/run} sets it.
 */
class ReadmeSamplesTest {

    private static final Path README = Path.of("README.md");

    /** Commands whose samples take tens of seconds: run by .ci/run. */
    private static final List<String> SLOW = List.of("./plenary sweep ", "./plenary sensitivity ");

    /** One sample: its commands in order, each with the output the README shows. */
    record Sample(int line, List<String> commands, List<List<String>> outputs) {
        boolean slow() {
            return commands.stream().anyMatch(c -> SLOW.stream().anyMatch(c::startsWith));
        }
    }

    static List<Sample> samples(List<String> lines) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```") || i + 1 >= lines.size() || !lines.get(i + 1).startsWith("$ ")) {
                continue;
            }
            int start = i + 1;
            List<String> commands = new ArrayList<>();
            List<List<String>> outputs = new ArrayList<>();
            int j = start;
            for (; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                if (lines.get(j).startsWith("$ ")) {
                    commands.add(lines.get(j).substring(2));
                    outputs.add(new ArrayList<>());
                } else {
                    outputs.get(outputs.size() - 1).add(lines.get(j));
                }
            }
            samples.add(new Sample(start + 1, commands, outputs));
            i = j;
        }
        return samples;
    }

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsCommand(@TempDir Path dir) throws IOException {
        List<Sample> samples = samples(Files.readAllLines(README));
        assertTrue(samples.size() >= 5, "the README's samples were found: " + samples.size());
        Files.createSymbolicLink(dir.resolve("scenarios"), Path.of("scenarios").toAbsolutePath());
        boolean all = "all".equals(System.getenv("PLENARY_README_SAMPLES"));
        return samples.stream().map(sample -> DynamicTest.dynamicTest("README.md:" + sample.line() + " "
                + sample.commands().get(0), () -> {
                    assumeTrue(all || !sample.slow(), "slow sample: run with PLENARY_README_SAMPLES=all (.ci/run)");
                    for (int c = 0; c < sample.commands().size(); c++) {
                        String out = shell(dir, sample.commands().get(c));
                        List<String> expected = sample.outputs().get(c);
                        List<String> actual = out.lines().toList();
                        assertTrue(matches(expected, 0, actual, 0), "README.md:" + sample.line() + ": `"
                                + sample.commands().get(c) + "` prints\n" + out + "\nbut the README shows\n"
                                + String.join("\n", expected));
                    }
                }));
    }

    /** Whether the sample's lines from e on match the output's lines from a on. */
    static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (expected.get(e).equals("...")) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        // Trailing blanks of padded table columns are invisible in the README and not compared.
        return a < actual.size() && line(expected.get(e).stripTrailing()).matcher(actual.get(a).stripTrailing()).matches()
                && matches(expected, e + 1, actual, a + 1);
    }

    /** A sample line as a pattern: literal text, with … standing for any text. */
    static Pattern line(String sample) {
        StringBuilder regex = new StringBuilder();
        for (String part : sample.split("…", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*?");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static String shell(Path dir, String command) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "plenary() { \"$PLENARY_TEST_JAVA\" -Djava.awt.headless=true -cp \"$PLENARY_TEST_CP\" "
                + "org.plenary.cli.Main \"$@\"; }\nset -o pipefail\n" + command.replace("./plenary ", "plenary ");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PLENARY_TEST_JAVA", java);
        pb.environment().put("PLENARY_TEST_CP", System.getProperty("java.class.path"));
        pb.environment().put("NO_COLOR", "1");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), command);
        assertEquals(0, p.exitValue(), "`" + command + "` failed");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theMatcherFailsOnDriftAndAcceptsTheWildcards() {
        assertTrue(matches(List.of("a 1", "..."), 0, List.of("a 1", "b", "c"), 0));
        assertTrue(matches(List.of("Ran 5 points in … s"), 0, List.of("Ran 5 points in 13.8 s"), 0));
        assertFalse(matches(List.of("Ran 5 points in … s"), 0, List.of("Ran 6 points in 13.8 s"), 0));
        assertFalse(matches(List.of("a 1"), 0, List.of("a 1", "extra"), 0));
        assertFalse(matches(List.of("p 0.552"), 0, List.of("p 0.553"), 0));
        assertTrue(matches(List.of("a  b"), 0, List.of("a  b   "), 0));
        List<Sample> s = samples(List.of("```", "$ ./plenary run x", "out", "$ cut y", "row", "```", "```", "not one"));
        assertEquals(1, s.size());
        assertEquals(List.of("./plenary run x", "cut y"), s.get(0).commands());
        assertEquals(List.of(List.of("out"), List.of("row")), s.get(0).outputs());
    }
}
