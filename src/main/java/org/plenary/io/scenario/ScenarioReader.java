package org.plenary.io.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.model.Scenario;

/**
 * Reads a scenario file (YAML: {@code .yaml}, {@code .yml}; JSON: {@code .json}) into a core
 * {@link Scenario}, or lists every problem of the file at once.
 *
 * <p>Files are untrusted: a file larger than {@value #MAX_BYTES} bytes (5 MB) is refused before
 * it is parsed, YAML aliases are limited, and no tag can make the reader create an object. The
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

    static final String MAX_SIZE_TEXT = "5 MB (" + String.format(Locale.ROOT, "%,d", MAX_BYTES) + " bytes)";
    static final String EMPTY_FILE = "the file is empty; a scenario is a mapping with metadata, clauses and delegations";

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
        Optional<String> text = load(file, problems);
        Scenario scenario = text.map(t -> parse(t, isJson(file), problems)).orElse(null);
        return new ReadResult(Optional.ofNullable(problems.hasErrors() ? null : scenario), problems.sorted());
    }

    /**
     * Reads a scenario from text, as if it were the file {@code name} (used in problems and to
     * choose YAML or JSON by extension). For text that does not come from a file, such as a test.
     */
    public static ReadResult read(String text, String name) {
        Problems problems = new Problems(name);
        Scenario scenario = parse(text, name.toLowerCase(Locale.ROOT).endsWith(".json"), problems);
        return new ReadResult(Optional.ofNullable(problems.hasErrors() ? null : scenario), problems.sorted());
    }

    private static Scenario parse(String text, boolean json, Problems problems) {
        SourceNode root = json ? JsonTree.parse(text, problems) : YamlTree.parse(text, problems);
        if (root == null) {
            return null;
        }
        ScenarioDraft draft = new ScenarioBinder(problems).bind(root);
        if (draft == null) {
            return null;
        }
        Map<String, Integer> blocVotes = new CrossReferences(draft, problems).check();
        new UncertaintyReader(problems).check(draft.uncertainty(), draft);
        new LeftoverIssues(problems).report(root);
        return problems.hasErrors() ? null : draft.toScenario(blocVotes);
    }

    private static boolean isJson(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The file's text, or empty after reporting why it cannot be read. */
    private static Optional<String> load(Path file, Problems problems) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
            problems.error(Mark.START, ProblemPath.ROOT, "unsupported file name; a scenario file ends in .yaml, .yml or .json");
            return Optional.empty();
        }
        try {
            if (Files.isDirectory(file)) {
                problems.error(Mark.START, ProblemPath.ROOT, "this is a folder, not a scenario file");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(Mark.START, ProblemPath.ROOT, "the file is " + String.format(Locale.ROOT, "%,d", size)
                        + " bytes, over the limit of " + MAX_SIZE_TEXT + " for scenario files");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return decode(bytes, problems);
        } catch (NoSuchFileException e) {
            problems.error(Mark.START, ProblemPath.ROOT, Suggestions.noSuchFile(file));
        } catch (AccessDeniedException e) {
            problems.error(Mark.START, ProblemPath.ROOT, "cannot read the file: permission denied");
        } catch (IOException e) {
            problems.error(Mark.START, ProblemPath.ROOT, "cannot read the file: " + Quote.bare(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    private static Optional<String> decode(byte[] bytes, Problems problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // A byte-order mark is legal at the start of a UTF-8 file but is not part of the content.
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.error(Mark.START, ProblemPath.ROOT, "the file is not UTF-8 text; save it as UTF-8");
            return Optional.empty();
        }
    }
}
