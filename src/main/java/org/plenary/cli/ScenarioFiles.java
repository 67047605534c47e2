package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.plenary.core.model.Scenario;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioReader;
import org.plenary.io.source.Problem;
import org.plenary.io.source.Problems;
import org.plenary.io.sweep.SweepSpecReader;

/** Loads scenarios for commands: warnings to stderr, errors as an {@link InputException}. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** The scenario in {@code file}, or an InputException listing every problem. */
    static Scenario load(Path file, PrintWriter err) {
        ReadResult result = ScenarioReader.read(file);
        if (result.hasErrors()) {
            throw new InputException(result.problems().stream().map(Problem::render).toList());
        }
        for (Problem p : result.problems()) {
            err.println(p.render());
        }
        err.flush();
        return result.scenario().orElseThrow();
    }

    /**
     * Where a command writes when no {@code --out} is given: {@code results/<input name without its
     * extension><suffix>}, relative to the current directory.
     */
    static Path defaultOutput(Path input, String suffix) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        // flagship-saliences-sensitivity.yaml gives results/flagship-saliences-sensitivity, not …-sensitivity-sensitivity
        return Path.of("results", base.endsWith(suffix) ? base : base + suffix);
    }

    /**
     * Hex SHA-256 of a scenario file's bytes, read through the same bounds as the scenario itself
     * (a regular file, at most 5 MB): a device or a file that grew cannot make the hash read forever.
     */
    static String sha256(Path file) {
        return hash(file, ScenarioReader::sha256);
    }

    /** Hex SHA-256 of a sweep specification's bytes, read through the bounds of a specification (1 MB). */
    static String specSha256(Path file) {
        return hash(file, SweepSpecReader::sha256);
    }

    private static String hash(Path file, BiFunction<Path, Problems, Optional<String>> reader) {
        Problems problems = new Problems(file.toString());
        return reader.apply(file, problems).orElseThrow(
                () -> new InputException(problems.sorted().stream().map(Problem::render).toList()));
    }
}
