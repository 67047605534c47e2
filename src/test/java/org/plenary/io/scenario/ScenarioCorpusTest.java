package org.plenary.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every file of the broken corpus ({@code scenarios/invalid}) and the warning corpus
 * ({@code scenarios/warnings}) through the reader and compares the rendered problems with the
 * sibling {@code .expected} file, line by line. The file part is the name relative to the corpus
 * folder (see {@code scenarios/README.md}).
 */
class ScenarioCorpusTest {

    /** The corpus is the regression suite of the messages; it must not shrink unnoticed. */
    private static final int MIN_INVALID_FILES = 44;

    static List<Path> scenarioFiles(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ScenarioReaderTest.corpus(folder))) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
                    || p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> invalidFilesReportExactlyTheExpectedProblems() throws IOException {
        return scenarioFiles("invalid").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ReadResult r = ScenarioReader.read(file);
            assertEquals(expected(file), rendered(file, r));
            assertTrue(r.hasErrors(), "a broken file must not load");
            assertTrue(r.scenario().isEmpty());
        }));
    }

    @TestFactory
    Stream<DynamicTest> warningFilesLoadAndReportTheExpectedWarnings() throws IOException {
        return scenarioFiles("warnings").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ReadResult r = ScenarioReader.read(file);
            assertEquals(expected(file), rendered(file, r));
            assertTrue(r.scenario().isPresent(), "warnings do not stop a scenario from loading");
            assertFalse(r.problems().isEmpty());
        }));
    }

    @Test
    void corpusIsLargeAndEveryFileHasExpectations() throws IOException {
        List<Path> invalid = scenarioFiles("invalid");
        assertTrue(invalid.size() >= MIN_INVALID_FILES, "only " + invalid.size() + " broken files");
        assertTrue(invalid.stream().anyMatch(p -> p.toString().endsWith(".json")), "some broken files are JSON");
        long multi = invalid.stream().filter(p -> expectedUnchecked(p).size() > 1).count();
        assertTrue(multi >= 10, "files with several problems show that all are reported at once: " + multi);
        try (Stream<Path> all = Files.list(ScenarioReaderTest.corpus("invalid"))) {
            List<String> orphans = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
                    .filter(n -> invalid.stream().noneMatch(f -> stem(f).equals(n.substring(0, n.length() - 9))))
                    .toList();
            assertEquals(List.of(), orphans, ".expected files without a scenario file");
        }
    }

    private static List<String> rendered(Path file, ReadResult r) {
        String relative = file.getFileName().toString();
        return r.problems().stream().map(p -> p.withFile(relative).render()).toList();
    }

    private static List<String> expected(Path file) throws IOException {
        return Files.readAllLines(file.resolveSibling(stem(file) + ".expected"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
    }

    private static List<String> expectedUnchecked(Path file) {
        try {
            return expected(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
