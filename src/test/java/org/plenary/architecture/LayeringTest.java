package org.plenary.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward: cli → experiment | io | engine → core. Scans the import (and fully
 * qualified) references of every main source file.
 */
class LayeringTest {

    private static final Path MAIN = Path.of("src/main/java/org/plenary");
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(org\\.plenary\\.(?:core|engine|experiment|io|cli)|com\\.fasterxml|picocli|jade|org\\.yaml|java\\.nio\\.file|java\\.io\\.File)\\b");

    private static List<String> violations(String layer, List<String> forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        Path root = MAIN.resolve(layer);
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    String ref = m.group(1);
                    for (String bad : forbidden) {
                        if (ref.equals(bad)) {
                            found.add(f + " refers to " + ref);
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void coreKnowsNothingOfFilesTerminalsEnginesOrLibrariesOfTheOuterLayers() throws IOException {
        assertTrue(Files.isDirectory(MAIN.resolve("core")), "run from the project root");
        assertEquals(List.of(), violations("core", List.of("org.plenary.engine", "org.plenary.experiment",
                "org.plenary.io", "org.plenary.cli", "com.fasterxml", "picocli", "jade", "org.yaml",
                "java.nio.file", "java.io.File")));
    }

    @Test
    void enginesDependOnlyOnCore() throws IOException {
        assertEquals(List.of(), violations("engine", List.of("org.plenary.experiment", "org.plenary.io",
                "org.plenary.cli", "picocli")));
    }

    @Test
    void ioAndExperimentsDoNotKnowTheCommandLine() throws IOException {
        // io exports experiment results, so it may know their types; experiments never know files.
        assertEquals(List.of(), violations("io", List.of("org.plenary.cli", "picocli")));
        assertEquals(List.of(), violations("experiment", List.of("org.plenary.cli", "picocli", "org.plenary.io",
                "java.nio.file", "java.io.File")));
    }

    @Test
    void theScannerSeesAViolationWhenThereIsOne() {
        Matcher m = REFERENCE.matcher("import picocli.CommandLine;\nimport org.plenary.io.scenario.X;");
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertEquals(List.of("picocli", "org.plenary.io"), refs);
    }
}
