package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.plenary.core.model.Scenario;
import org.plenary.io.scenario.Problem;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioReader;

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

    /** Hex SHA-256 of the file's bytes. */
    static String sha256(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new InputException(List.of(file + ":1:1: $: cannot read file: " + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
