package org.plenary.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependencies point inward: cli → web → experiment | io | engine → core. Scans the import (and fully
 * qualified) references of every main source file. A wildcard import would hide what a file uses,
 * so none is allowed anywhere; a layer folder that is missing or renamed fails the build rather
 * than passing with nothing scanned.
 */
class LayeringTest {

    private static final Path MAIN = Path.of("src/main/java/org/plenary");
    private static final List<String> LAYERS = List.of("cli", "core", "engine", "experiment", "io", "web");
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.plenary\\.(?:core|engine|experiment|io|web|cli)"
            + "|com\\.fasterxml|picocli|jade|org\\.yaml|java\\.nio\\.file|java\\.io\\.(?:File\\w*|RandomAccessFile))\\b");
    private static final Pattern WILDCARD = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)\\.\\*\\s*;");
    /** The file classes of java.io (java.io.File, FileReader, FileInputStream, FileWriter, …). */
    private static final List<String> FILES = List.of("java.nio.file", "java.io.File", "java.io.RandomAccessFile");

    /**
     * The references of the files of {@code layer} under {@code main} to any of {@code forbidden}
     * (a name, or the start of one: {@code java.io.File} covers {@code java.io.FileReader}), and every
     * wildcard import.
     *
     * @throws IllegalStateException when the layer has no folder or no Java file: a renamed layer
     *                               must not pass unscanned
     */
    static List<String> violations(Path main, String layer, List<String> forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        Path root = main.resolve(layer);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no folder " + root + " for layer " + layer + " (renamed? update LayeringTest)");
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no Java file under " + root + " for layer " + layer);
        }
        for (Path f : sources) {
            String text = Files.readString(f);
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                String ref = m.group(1);
                for (String bad : forbidden) {
                    if (ref.startsWith(bad)) {
                        found.add(f + " refers to " + ref);
                    }
                }
            }
            Matcher w = WILDCARD.matcher(text);
            while (w.find()) {
                found.add(f + " imports " + w.group(1) + ".*");
            }
        }
        return found;
    }

    private static List<String> violations(String layer, List<String> forbidden) throws IOException {
        return violations(MAIN, layer, forbidden);
    }

    private static List<String> with(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void everyFolderIsAKnownLayer() throws IOException {
        assertTrue(Files.isDirectory(MAIN.resolve("core")), "run from the project root");
        try (Stream<Path> dirs = Files.list(MAIN)) {
            assertEquals(LAYERS, dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList(),
                    "a new or renamed layer needs its rule here");
        }
    }

    @Test
    void coreKnowsNothingOfFilesTerminalsEnginesOrLibrariesOfTheOuterLayers() throws IOException {
        assertEquals(List.of(), violations("core", with(List.of("org.plenary.engine", "org.plenary.experiment",
                "org.plenary.io", "org.plenary.web", "org.plenary.cli", "com.fasterxml", "picocli", "jade", "org.yaml"), FILES)));
    }

    @Test
    void enginesDependOnlyOnCore() throws IOException {
        assertEquals(List.of(), violations("engine", List.of("org.plenary.experiment", "org.plenary.io",
                "org.plenary.web", "org.plenary.cli", "picocli")));
    }

    @Test
    void ioAndExperimentsDoNotKnowTheCommandLine() throws IOException {
        // io exports experiment results, so it may know their types; experiments never know files.
        assertEquals(List.of(), violations("io", List.of("org.plenary.cli", "picocli")));
        assertEquals(List.of(), violations("experiment", with(List.of("org.plenary.cli", "picocli", "org.plenary.io"),
                FILES)));
    }

    @Test
    void theWebServerKnowsNoCommandLineAndNothingInnerKnowsTheWebServer() throws IOException {
        // web serves the classroom page over io, experiment, engine and core; only cli starts it.
        assertEquals(List.of(), violations("web", List.of("org.plenary.cli", "picocli")));
        assertEquals(List.of(), violations("io", List.of("org.plenary.web")));
        assertEquals(List.of(), violations("experiment", List.of("org.plenary.web")));
    }

    @Test
    void theCommandLineImportsNoWildcards() throws IOException {
        assertEquals(List.of(), violations("cli", List.of()));
    }

    @Test
    void theScannerSeesEachKindOfViolation(@TempDir Path main) throws IOException {
        Path core = Files.createDirectories(main.resolve("core/model"));
        Files.writeString(core.resolve("Bad.java"), String.join("\n",
                "package org.plenary.core.model;",
                "import java.io.FileReader;",
                "import java.io.*;",
                "import static org.plenary.io.source.Quote.*;",
                "import picocli.CommandLine;",
                "class Bad { java.io.FileInputStream in; java.io.FileWriter out; java.io.File f; java.nio.file.Path p; }",
                ""));
        List<String> found = violations(main, "core", with(List.of("org.plenary.io", "picocli"), FILES));
        List<String> what = found.stream().map(v -> v.substring(v.lastIndexOf(' ') + 1)).toList();
        assertEquals(List.of("java.io.FileReader", "org.plenary.io", "picocli", "java.io.FileInputStream",
                "java.io.FileWriter", "java.io.File", "java.nio.file", "java.io.*", "org.plenary.io.source.Quote.*"), what);
    }

    @Test
    void aMissingOrEmptyLayerFolderFails(@TempDir Path main) throws IOException {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> violations(main, "core", List.of("picocli")));
        assertTrue(missing.getMessage().contains("no folder"), missing.getMessage());
        Files.createDirectories(main.resolve("core/model"));
        Files.writeString(main.resolve("core/model/README.txt"), "not Java");
        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> violations(main, "core", List.of("picocli")));
        assertTrue(empty.getMessage().contains("no Java file"), empty.getMessage());
    }
}
