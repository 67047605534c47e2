package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every column a command writes to a CSV file, and every field of {@code summary.json},
 * {@code manifest.json}, {@code sensitivity.json} and the forecast's JSON, is listed with its unit in docs/output-format.md ("Every column and field,
 * with its unit"): the commands are run and their headers compared with the doc's tables, so the
 * documentation cannot drift from the output.
 */
class OutputColumnsDocTest {

    private static final Path DOC = Path.of("docs/output-format.md");
    private static final String SECTION = "## Every column and field, with its unit";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    /** Per heading of the section (e.g. "`clauses.csv`"), per table's first header: the names listed. */
    static Map<String, Map<String, List<String>>> doc;

    @BeforeAll
    static void readDoc() throws Exception {
        doc = tables(Files.readAllLines(DOC));
    }

    /** The tables of the section, by heading and first header cell; fails on a name without a unit. */
    static Map<String, Map<String, List<String>>> tables(List<String> lines) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        int start = lines.indexOf(SECTION);
        assertTrue(start >= 0, "docs/output-format.md has the section " + SECTION);
        String heading = null;
        String kind = null;
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (line.startsWith("### ")) {
                heading = line.substring(4).strip();
                kind = null;
            } else if (line.startsWith("| ") && heading != null) {
                List<String> cells = cells(line);
                if (kind == null) {
                    kind = cells.get(0);
                    assertEquals("unit", cells.get(1), heading + ": the second column is the unit");
                } else if (!cells.get(0).startsWith("---")) {
                    String name = cells.get(0);
                    assertTrue(name.startsWith("`") && name.endsWith("`"), heading + ": " + line);
                    assertFalse(cells.get(1).isBlank(), heading + ": " + name + " has no unit");
                    out.computeIfAbsent(heading, h -> new LinkedHashMap<>())
                            .computeIfAbsent(kind, k -> new ArrayList<>()).add(name.substring(1, name.length() - 1));
                }
            } else if (line.isBlank()) {
                kind = null;
            }
        }
        return out;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String c : row.substring(1, row.lastIndexOf('|')).split("(?<!\\\\)\\|")) {
            cells.add(c.strip());
        }
        return cells;
    }

    /** The names the doc lists under {@code heading} in its table of {@code kind}. */
    private static List<String> listed(String heading, String kind) {
        List<String> names = doc.getOrDefault(heading, Map.of()).get(kind);
        assertTrue(names != null && !names.isEmpty(), "docs/output-format.md lists " + kind + "s under " + heading);
        return names;
    }

    /** Whether {@code name} is one of {@code names}, a {@code <…>} standing for any text. */
    static boolean documented(String name, List<String> names) {
        for (String n : names) {
            String regex = Pattern.quote(n).replaceAll("<[^>]+>", "\\\\E.+\\\\Q");
            if (name.matches(regex)) {
                return true;
            }
        }
        return false;
    }

    private static void assertColumnsDocumented(String heading, Path csv) throws Exception {
        assertColumnsDocumented(heading, Files.readAllLines(csv).get(0));
    }

    private static void assertColumnsDocumented(String heading, String header) {
        List<String> names = listed(heading, "column");
        for (String column : header.split(",")) {
            assertTrue(documented(column, names), heading + ": column " + column + " is not in docs/output-format.md");
        }
    }

    /** Paths of the leaves of {@code node}: {@code a.b}, {@code a[].b} (every element of an array). */
    static TreeSet<String> leaves(JsonNode node, String path, TreeSet<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.add(path + "[]");
            }
            for (JsonNode e : node) {
                leaves(e, path + "[]", out);
            }
        } else {
            out.add(path);
        }
        return out;
    }

    /** Each leaf is listed, or lies under a listed field (a proportion's {@code p}, the {@code distributed} object). */
    private static void assertFieldsDocumented(String heading, Path file) throws Exception {
        List<String> names = listed(heading, "field");
        for (String leaf : leaves(JSON.readTree(file.toFile()), "", new TreeSet<>())) {
            boolean ok = false;
            for (String path = leaf; !ok && !path.isEmpty(); path = parent(path)) {
                ok = documented(path, names);
            }
            assertTrue(ok, heading + ": field " + leaf + " is not in docs/output-format.md");
        }
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    @Test
    void theMatcherTakesAngleBracketsForAnyText() {
        assertTrue(documented("blocker_USA", List.of("blocker_<ID>")));
        assertTrue(documented("input.delegations.A.clauses.c1.position", List.of("input.<field path>")));
        assertFalse(documented("blockers", List.of("blocker_<ID>", "run")));
        assertFalse(documented("p_survives", List.of("p_in_text")));
        TreeSet<String> leaves = leaves(JSON.createObjectNode().put("a", 1).set("b",
                JSON.createArrayNode().add(JSON.createObjectNode().put("c", 2))), "", new TreeSet<>());
        assertEquals(new TreeSet<>(List.of("a", "b[].c")), leaves);
    }

    @Test
    void simulateForecastAndBacktestColumns() throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, Files.readString(Path.of("src/test/resources/cli/three-uncertain.yaml"))
                .replace("  saliences: {normal: {sd: 0.1}}\n",
                        "  saliences: {normal: {sd: 0.1}}\n  fields:\n    protocol.mediatorStep: {uniform: {lo: 0.3, hi: 0.7}}\n"));
        Path sim = dir.resolve("sim");
        Cli.Ran r = Cli.run("simulate", scenario.toString(), "--runs", "50", "--per-run", "--out", sim.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        for (String csv : List.of("outcomes.csv", "clauses.csv", "delegations.csv", "rounds.csv", "runs.csv")) {
            assertColumnsDocumented("`" + csv + "`", sim.resolve(csv));
        }
        assertFieldsDocumented("`summary.json`", sim.resolve("summary.json"));
        assertFieldsDocumented("`manifest.json`", sim.resolve("manifest.json"));

        Path forecastJson = dir.resolve("forecast.json");
        Cli.Ran fj = Cli.run("forecast", scenario.toString(), "--runs", "50", "--format", "json", "--out",
                forecastJson.toString());
        assertEquals(0, fj.code(), fj.err());
        assertFieldsDocumented("`plenary forecast --format json`", forecastJson);

        Cli.Ran forecast = Cli.run("forecast", scenario.toString(), "--runs", "50", "--format", "csv");
        assertEquals(0, forecast.code(), forecast.err());
        assertColumnsDocumented("`plenary forecast --format csv`", forecast.out().lines().findFirst().orElseThrow());

        Cli.Ran backtest = Cli.run("backtest", "scenarios/history/ga-78-265-safe-ai.yaml", "--runs", "20", "--format",
                "csv");
        assertEquals(0, backtest.code(), backtest.err());
        List<String> rows = backtest.out().lines().toList();
        assertColumnsDocumented("`plenary backtest --format csv`", rows.get(0));
        List<String> measures = listed("`plenary backtest --format csv`", "measure");
        for (String row : rows.subList(1, rows.size())) {
            String measure = row.split(",", -1)[3];
            assertTrue(measures.contains(measure), "backtest measure " + measure + " is not in docs/output-format.md");
        }
    }

    @Test
    void sweepAndSensitivityColumns() throws Exception {
        Path sweep = dir.resolve("sweep");
        Cli.Ran r = Cli.run("sweep", "src/test/resources/sweeps/three-grid.yaml", "--out", sweep.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertColumnsDocumented("`points.csv` (sweep, sensitivity)", sweep.resolve("points.csv"));
        assertColumnsDocumented("`points-long.csv` (sweep, sensitivity)", sweep.resolve("points-long.csv"));
        List<String> metrics = listed("`points.csv` (sweep, sensitivity)", "column");
        for (String row : Files.readAllLines(sweep.resolve("points-long.csv")).subList(1, 10)) {
            String metric = row.split(",")[1];
            assertTrue(documented(metric, metrics), "metric " + metric + " is not in docs/output-format.md");
        }
        assertFieldsDocumented("`manifest.json`", sweep.resolve("manifest.json"));

        Path sensitivity = dir.resolve("sensitivity");
        Cli.Ran s = Cli.run("sensitivity", "src/test/resources/sweeps/three-sensitivity.yaml", "--out",
                sensitivity.toString(), "-q");
        assertEquals(0, s.code(), s.err());
        assertColumnsDocumented("`sensitivity.csv`", sensitivity.resolve("sensitivity.csv"));
        assertFieldsDocumented("`sensitivity.json`", sensitivity.resolve("sensitivity.json"));
        assertColumnsDocumented("`points.csv` (sweep, sensitivity)", sensitivity.resolve("points.csv"));
        assertFieldsDocumented("`manifest.json`", sensitivity.resolve("manifest.json"));
    }
}
