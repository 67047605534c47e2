package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.plenary.web.WebServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The classroom page in a real headless Firefox (Debian's {@code firefox-esr}), driven over
 * WebDriver BiDi without geckodriver: explore (a slider moved by keyboard changes the run),
 * simulate (the command line's numbers), an upload with errors, a shared room in two isolated
 * tabs, the downloads, a reload during a run, and no error in the pages' log. Without Firefox the tests print "skipped: no Firefox" and
 * are skipped; a Firefox that is installed but does not start fails them where
 * {@code PLENARY_REQUIRE_BROWSER} is set (by {@code .ci/run}), and is a printed skip elsewhere.
 */
class ServeFirefoxTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String FLAGSHIP = "un-ai-dialogue-2026.yaml";
    private static final String HOME_KEY = "\uE011";
    private static final String END_KEY = "\uE010";
    private static WebServer server;
    private static Firefox firefox;
    private static Firefox.Page page;

    /** The browser and the page's server, started once for the class; the test skipped (visibly) without Firefox. */
    private static Firefox.Page page() throws IOException {
        if (page == null) {
            Optional<Path> binary = Firefox.binary();
            if (binary.isEmpty()) {
                System.out.println("ServeFirefoxTest skipped: no Firefox (install Debian's firefox-esr)");
            }
            Assumptions.assumeTrue(binary.isPresent(), "skipped: no Firefox");
            String required = System.getenv("PLENARY_REQUIRE_BROWSER");
            if (required == null || required.isBlank()) {
                required = System.getenv("PLENARY_REQUIRE_FIREFOX");
            }
            firefox = startOrSkip(binary.get(), required, System.out);
            server = new WebServer("127.0.0.1", 0, Path.of("scenarios"), "test", System::currentTimeMillis);
            page = firefox.page();
            page.setViewport(1200, 900);
        }
        return page;
    }

    /** Firefox started; where it is installed but does not start, a failure if browsers are required, else a printed skip. */
    static Firefox startOrSkip(Path binary, String required, PrintStream out) {
        try {
            return Firefox.start(binary, WAIT);
        } catch (IOException e) {
            if (required != null && !required.isBlank()) {
                throw new AssertionError("a browser is required (PLENARY_REQUIRE_BROWSER or PLENARY_REQUIRE_FIREFOX)"
                        + " and Firefox is installed but did not start", e);
            }
            out.println("ServeFirefoxTest skipped: " + e.getMessage());
            Assumptions.abort("skipped: Firefox did not start");
            return null;
        }
    }

    @AfterEach
    void noErrorsInThePagesLog() {
        if (firefox != null) {
            List<String> errors = firefox.takeErrors();
            assertEquals(List.of(), errors, "errors in the pages' log");
        }
    }

    @AfterAll
    static void stop() {
        try {
            if (firefox != null) {
                firefox.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private static void openScenario(Firefox.Page p, String name) {
        p.navigate(url());
        p.click("button.card[data-name='" + name + "']");
        p.until("!document.getElementById('scenario').hidden");
    }

    /** The first clause's draft line, read in one step (the page redraws the chart as a whole). */
    private static String chart(Firefox.Page p, String box) {
        return p.text("(document.querySelector('#" + box + " svg polyline') || {getAttribute: () => null}).getAttribute('points')");
    }

    @Test
    void aSalienceMovedByKeyboardChangesTheRunsOutcomeAndChart() throws Exception {
        Firefox.Page p = page();
        openScenario(p, FLAGSHIP);
        p.click("#run-button");
        p.until("document.getElementById('outcome').textContent.startsWith('Outcome:')");
        String outcome = p.text("document.getElementById('outcome').textContent");
        String before = chart(p, "chart");
        assertTrue(before != null && !before.isBlank(), "the chart's draft line");
        // The USA's salience of legal-nature to 0 with the keyboard: Home on the focused slider.
        String slider = "details.delegation[data-id='USA'] input[type=range][data-path=salience]";
        p.click("details.delegation[data-id='USA'] summary");
        p.run("document.querySelector(" + Firefox.quote(slider) + ").focus();");
        p.press(HOME_KEY);
        assertEquals("0", p.text("document.querySelector(" + Firefox.quote(slider) + ").value"));
        p.click("#run-button");
        p.until("(document.querySelector('#chart svg polyline') || {getAttribute: () => null}).getAttribute('points') !== "
                + Firefox.quote(before));
        String after = p.text("document.getElementById('outcome').textContent");
        assertTrue(after.startsWith("Outcome:"), after);
        assertNotEquals(outcome + before, after + chart(p, "chart"));
        assertTrue(p.value("document.querySelectorAll('#chart svg').length").asInt() > 1, "a chart per clause");
        p.run("document.getElementById('run-output').scrollIntoView();");
        byte[] png = p.screenshot();
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG screenshot");
        Files.write(Path.of("target", "serve-firefox-screenshot.png"), png);
    }

    @Test
    void simulateShowsTheCommandLinesNumbers(@TempDir Path dir) throws Exception {
        Firefox.Page p = page();
        openScenario(p, FLAGSHIP);
        p.type("#runs", "400");
        p.type("#seed", "5");
        p.click("#simulate-button");
        p.until("document.getElementById('p-consensus').getAttribute('data-p') !== null");
        Cli.Ran cli = Cli.run("simulate", "scenarios/" + FLAGSHIP, "--runs", "400", "--seed", "5",
                "--format", "json", "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, cli.code(), cli.err());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
        JsonNode consensus = summary.get("outcomes").get("consensus");
        for (String a : List.of("p", "lower", "upper")) {
            assertEquals(consensus.get(a).asDouble(),
                    Double.parseDouble(p.text("document.getElementById('p-consensus').getAttribute('data-" + a + "')")), a);
        }
        for (JsonNode d : summary.get("delegations")) {
            String cell = "#blocker-table tr[data-delegation='" + d.get("delegation").asText() + "'] td[data-p]";
            assertEquals(d.get("blocker").get("p").asDouble(),
                    Double.parseDouble(p.text("document.querySelector(" + Firefox.quote(cell) + ").getAttribute('data-p')")),
                    d.get("delegation").asText());
        }
        assertTrue(p.value("!document.getElementById('download-results').disabled").asBoolean());
    }

    @Test
    void anUploadWithErrorsShowsThemWithTheirPositionsAndHostileTextStaysText() throws Exception {
        Firefox.Page p = page();
        p.navigate(url());
        p.until("document.querySelector('button.card') !== null");
        p.chooseFile("#upload-file", Path.of(Cli.BROKEN));
        p.click("#upload-button");
        p.until("document.querySelector('#upload-problems li') !== null");
        String first = p.text("document.querySelector('#upload-problems li').textContent");
        assertTrue(first.matches("broken\\.yaml:\\d+:\\d+: .+"), first);
        p.chooseFile("#upload-file", Path.of("src/test/resources/report/hostile.yaml"));
        p.click("#upload-button");
        p.until("!document.getElementById('scenario').hidden");
        assertEquals(1, p.value("document.getElementsByTagName('script').length").asInt(), "only the page's own script");
        assertEquals(0, p.value("document.querySelectorAll('main img, main iframe').length").asInt());
        assertTrue(p.text("document.documentElement.outerHTML").contains("&lt;script&gt;alert('rationale')&lt;/script&gt;"));
    }

    @Test
    void twoStudentsInOneRoomEachAnswerARoundAndBothSeeItsResult() throws Exception {
        Firefox.Page ana = page();
        Firefox.Page ben = firefox.isolatedPage();
        openScenario(ana, "classroom-3.yaml");
        ana.type("#round-seconds", "600");
        ana.click("#open-room");
        ana.until("document.getElementById('room-code').textContent !== ''");
        String code = ana.text("document.getElementById('room-code').textContent");
        join(ana, code, "Ana", "North");
        join(ben, code, "Ben", "South");
        ana.click("#room-start");
        for (Firefox.Page p : List.of(ana, ben)) {
            p.until("!document.getElementById('answer-button').disabled"
                    + " && document.getElementById('room-status').getAttribute('data-state') === 'running'");
        }
        ana.click("input[name=kind][value=accept]");
        ana.click("#answer-button");
        ben.click("input[name=kind][value=object]");
        ben.type("#amend-ai-fund", "80");
        ben.click("#answer-button");
        for (Firefox.Page p : List.of(ana, ben)) {
            p.until("document.getElementById('room-transcript').getAttribute('data-rounds') === '1'");
            String transcript = p.text("document.getElementById('room-transcript').innerText").replaceAll("\\s+", " ");
            assertTrue(transcript.contains("North accept"), transcript);
            assertTrue(transcript.contains("South object"), transcript);
            assertTrue(transcript.contains("ai-fund → 80"), transcript);
            assertEquals("2", p.text("document.getElementById('room-status').getAttribute('data-round')"));
        }
    }

    private static void join(Firefox.Page p, String code, String name, String delegation) {
        if (!Boolean.TRUE.equals(p.value("location.href.startsWith(" + Firefox.quote(url()) + ")").asBoolean())) {
            p.navigate(url());
        }
        p.until("document.getElementById('join-code') !== null");
        p.type("#join-code", code);
        p.type("#join-name", name);
        p.click("#join-button");
        String seat = "#claim-list button[data-delegation='" + delegation + "']";
        p.click(seat);
        p.until("document.getElementById('desk-title').textContent.includes(" + Firefox.quote(delegation) + ")");
    }

    @Test
    void aFirefoxThatDoesNotStartFailsWhereBrowsersAreRequiredAndIsASkipElsewhere(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("firefox");
        Files.writeString(broken, "#!/bin/sh\necho 'cannot open display' >&2\nexit 1\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwx------"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        AssertionError failed = assertThrows(AssertionError.class, () -> startOrSkip(broken, "1", out));
        assertTrue(failed.getCause().getMessage().contains("cannot open display"), failed.getCause().getMessage());
        assertThrows(TestAbortedException.class, () -> startOrSkip(broken, null, out));
        String said = printed.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("ServeFirefoxTest skipped: ") && said.contains("cannot open display"), said);
    }

    @Test
    void theEditedScenarioAndTheResultsDownload() throws Exception {
        Firefox.Page p = page();
        firefox.subscribe("browsingContext.downloadEnd");
        openScenario(p, "classroom-3.yaml");
        // The first delegation's first salience to its highest with the keyboard (End).
        String id = p.text("document.querySelector('details.delegation').dataset.id");
        String clause = p.text("document.querySelector('details.delegation fieldset.stance legend').textContent");
        String slider = "details.delegation input[type=range][data-path=salience]";
        p.click("details.delegation summary");
        p.run("document.querySelector(" + Firefox.quote(slider) + ").focus();");
        p.press(END_KEY);
        String highest = p.text("document.querySelector(" + Firefox.quote(slider) + ").max");
        assertEquals(highest, p.text("document.querySelector(" + Firefox.quote(slider) + ").value"));
        p.click("#download-scenario");
        Path yaml = firefox.downloaded("classroom-3.yaml");
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        JsonNode stance = null;
        for (JsonNode d : tree.get("delegations")) {
            if (d.get("id").asText().equals(id)) {
                stance = d.get("clauses").get(clause);
            }
        }
        assertEquals(Double.parseDouble(highest), stance.get("salience").asDouble(), id + " " + clause);
        Cli.Ran valid = Cli.run("validate", yaml.toString());
        assertEquals(0, valid.code(), valid.err());
        p.type("#runs", "50");
        p.click("#simulate-button");
        p.until("!document.getElementById('download-results').disabled");
        p.click("#download-results");
        List<String> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(firefox.downloaded("classroom-3-results.zip").toFile())) {
            zip.stream().forEach(e -> entries.add(e.getName()));
        }
        assertTrue(entries.contains("results/summary.json") && entries.contains("results/classroom-3.yaml"), entries.toString());
    }

    /**
     * Firefox, unlike Chromium, restores form controls on a reload (values, and a button's disabled
     * state set by script) unless the page is {@code Cache-Control: no-store}, as the server sends it:
     * else a reload during a run would leave "Run" disabled for good, and "Open a room" enabled
     * with no scenario.
     */
    @Test
    void aReloadDuringARunLeavesNoButtonStuck() throws Exception {
        Firefox.Page p = page();
        openScenario(p, "classroom-3.yaml");
        // The state a run in flight leaves (its buttons disabled until it answers), and a scenario loaded.
        p.run("for (const id of ['run-button', 'simulate-button']) document.getElementById(id).disabled = true;"
                + " document.getElementById('download-results').disabled = false;");
        p.reload();
        p.until("document.querySelector('button.card') !== null");
        assertTrue(p.value("document.getElementById('open-room').disabled").asBoolean(), "no room without a scenario");
        assertTrue(p.value("document.getElementById('download-results').disabled").asBoolean(), "no results yet");
        p.click("button.card[data-name='classroom-3.yaml']");
        p.until("!document.getElementById('scenario').hidden");
        assertEquals(false, p.value("document.getElementById('run-button').disabled").asBoolean(true), "run");
        assertEquals(false, p.value("document.getElementById('simulate-button').disabled").asBoolean(true), "simulate");
        p.click("#run-button");
        p.until("document.getElementById('outcome').textContent.startsWith('Outcome:')");
    }

    @Test
    void anErrorInThePageIsSeen() throws Exception {
        Firefox.Page p = page();
        p.navigate(url());
        p.until("document.querySelector('button.card') !== null");
        assertEquals(List.of(), firefox.takeErrors());
        p.run("setTimeout(() => { throw new Error('probe of the log'); }, 0);");
        List<String> seen = new ArrayList<>();
        firefox.poll(() -> {
            seen.addAll(firefox.takeErrors());
            return seen.stream().anyMatch(e -> e.contains("probe of the log"));
        }, "the page's uncaught error in the log");
    }
}
