package org.plenary.io.scenario;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.plenary.core.model.Scenario;
import org.plenary.io.source.Expect;
import org.plenary.io.source.FieldReader;
import org.plenary.io.source.ProblemPath;
import org.plenary.io.source.Problems;
import org.plenary.io.source.SourceKind;
import org.plenary.io.source.SourceNode;
import org.plenary.io.source.SourceText;

/**
 * Reads a scenario file (YAML: {@code .yaml}, {@code .yml}; JSON: {@code .json}) into a core
 * {@link Scenario}, or lists every problem of the file at once.
 *
 * <p>Files are untrusted: only regular files are read, never more than {@value #MAX_BYTES} bytes
 * (5 MB), YAML lines are limited in length, YAML aliases are limited, and no tag can make the
 * reader create an object (see {@link SourceText} and {@link YamlTree}). The
 * format is described in {@code docs/scenario-format.md}.
 *
 * <pre>{@code
 * ReadResult r = ScenarioReader.read(Path.of("scenarios/gdaig.yaml"));
 * r.problems().forEach(p -> System.err.println(p.render()));
 * Scenario s = r.scenario().orElseThrow();
 * }</pre>
 */
public final class ScenarioReader {

    /** Largest file read: 5 MB (5 × 1024 × 1024 bytes). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** A scenario file: its limit and its words in messages. */
    public static final SourceKind KIND = new SourceKind("scenario file", MAX_BYTES,
            "a scenario is a mapping with metadata, clauses and delegations");

    private ScenarioReader() {
    }

    /**
     * Reads the scenario in {@code file}. Never throws for a bad or unreadable file: every such
     * problem is in the result, named with {@code file.toString()}.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
     * @return the scenario if the file has no error, and all problems sorted by line and column
     */
    public static ReadResult read(Path file) {
        Problems problems = new Problems(file.toString());
        return SourceText.read(file, KIND, problems).map(t -> parse(t, file.toString(), problems))
                .orElseGet(() -> result(null, problems));
    }

    /**
     * The hex SHA-256 of the scenario file's bytes, for manifests: read as {@link #read(Path)} reads
     * them (a regular file, never more than {@value #MAX_BYTES} bytes); or empty after reporting why not.
     */
    public static Optional<String> sha256(Path file, Problems problems) {
        return SourceText.sha256(file, KIND, problems);
    }

    /**
     * Reads a scenario from text, as if it were the file {@code name} (used in problems and to
     * choose YAML or JSON by extension). For text that does not come from a file, such as a test.
     */
    public static ReadResult read(String text, String name) {
        return parse(text, name, new Problems(name));
    }

    private static ReadResult parse(String text, String name, Problems problems) {
        SourceNode root = SourceText.tree(text, name, KIND, problems);
        ScenarioBinder.Bound scenario = root == null ? null : new ScenarioBinder(problems).bind(root);
        if (scenario == null) {
            return result(null, problems);
        }
        new CrossReferences(scenario, problems).check();
        new UncertaintyReader(problems).check(scenario);
        reportLeftovers(root, ProblemPath.ROOT, problems);
        return result(problems.hasErrors() ? null
                : (Scenario) ScenarioBinder.build(scenario.section(), scenario.values()), problems);
    }

    private static ReadResult result(Scenario scenario, Problems problems) {
        return new ReadResult(Optional.ofNullable(scenario), problems.sorted());
    }

    /**
     * Reports the parse problems kept in the tree (forbidden tags, duplicate keys) that the binder
     * did not meet because they sit where it does not look, e.g. under an unknown field, with
     * positional paths: nothing in a file goes unreported.
     */
    private static void reportLeftovers(SourceNode node, String path, Problems problems) {
        if (node instanceof SourceNode.MapNode m) {
            FieldReader.reportDuplicates(m, path, problems);
            Stream.concat(m.entries().stream(), m.duplicates().stream())
                    .forEach(e -> reportLeftovers(e.value(), ProblemPath.child(path, e.key()), problems));
        } else if (node instanceof SourceNode.ListNode l) {
            for (int i = 0; i < l.items().size(); i++) {
                reportLeftovers(l.items().get(i), ProblemPath.index(path, i), problems);
            }
        } else {
            Expect.rejected(node, path, problems);
        }
    }
}
