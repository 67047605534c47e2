package org.plenary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.core.model.Scenario;
import org.plenary.engine.local.LocalEngine;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.scenario.ScenarioReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The page's API over real HTTP on a free loopback port, without a browser; the rooms' clock is the test's. */
class WebServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong NOW = new AtomicLong(1_000_000);
    private static WebServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = new WebServer("127.0.0.1", 0, Path.of("scenarios"), "test", NOW::get);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Reply(int status, JsonNode json, byte[] bytes, String type) {
    }

    /** A finished simulate job: its id and its last state. */
    record Job(String id, JsonNode state) {
    }

    /** Posts a simulate request and waits (two minutes at most) for its job to finish. */
    private static Job simulated(ObjectNode req) throws IOException, InterruptedException {
        Reply job = call("POST", "/api/simulate", req.toString());
        assertEquals(200, job.status(), String.valueOf(job.json()));
        String id = job.json().get("id").asText();
        JsonNode s;
        long until = System.nanoTime() + 120_000_000_000L;
        do {
            Thread.sleep(100);
            s = call("GET", "/api/job?id=" + id, null).json();
        } while (!s.get("finished").asBoolean() && System.nanoTime() < until);
        assertTrue(s.get("finished").asBoolean());
        return new Job(id, s);
    }

    private static Reply call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") ? JSON.readTree(r.body()) : null;
        return new Reply(r.statusCode(), json, r.body(), type);
    }

    private static ObjectNode request(String name) throws IOException, InterruptedException {
        Reply sc = call("GET", "/api/scenario?name=" + name, null);
        assertEquals(200, sc.status(), String.valueOf(sc.json()));
        ObjectNode req = JSON.createObjectNode();
        req.put("name", name);
        req.set("tree", sc.json().get("tree"));
        return req;
    }

    @Test
    void thePageAndItsAssetsAreServedAndTheServerListensOnLoopback() throws Exception {
        Reply page = call("GET", "/", null);
        assertEquals(200, page.status());
        assertTrue(new String(page.bytes(), StandardCharsets.UTF_8).contains("<title>Plenary classroom</title>"));
        assertEquals(200, call("GET", "/assets/app.js", null).status());
        assertEquals(404, call("GET", "/assets/../WebServer.class", null).status());
        Reply list = call("GET", "/api/scenarios", null);
        List<String> names = new ArrayList<>();
        list.json().get("scenarios").forEach(s -> names.add(s.get("name").asText()));
        assertTrue(names.containsAll(List.of("classroom-3.yaml", "un-ai-dialogue-2026.yaml")), names.toString());
    }

    @Test
    void anUploadWithErrorsShowsTheReadersProblemsAndIsNotKept() throws Exception {
        int before = server.uploadsKept();
        Reply bad = call("POST", "/api/upload?file=../../etc/bad.yaml",
                "metadata:\n  title: x\nclauses: []\ndelegations:\n  - id: A\n    influence: -1\n");
        assertEquals(422, bad.status());
        assertEquals("bad.yaml was not loaded: fix these problems and upload it again", bad.json().get("error").asText());
        String first = bad.json().get("problems").get(0).asText();
        assertTrue(first.matches("bad\\.yaml:\\d+:\\d+: .*"), first);
        assertEquals(before, server.uploadsKept());
        Reply big = call("POST", "/api/upload?file=big.yaml", "#".repeat(ScenarioReader.MAX_BYTES + 1));
        assertEquals(413, big.status());
        assertEquals(before, server.uploadsKept());
        Reply good = call("POST", "/api/upload?file=mine.yaml", Files.readString(Path.of("scenarios/classroom-3.yaml")));
        assertEquals(200, good.status(), String.valueOf(good.json()));
        assertTrue(good.json().get("name").asText().endsWith(":mine.yaml"));
        assertEquals(200, call("GET", "/api/scenario?name=" + good.json().get("name").asText().replace(":", "%3A"),
                null).status());
    }

    @Test
    void aRunOfTheEditedTreeIsTheRunOfTheDownloadedFile() throws Exception {
        ObjectNode req = request("classroom-3.yaml");
        ((ObjectNode) req.get("tree").get("delegations").get(1).get("clauses").get("binding-rules"))
                .put("salience", 0.9);
        req.put("seed", 3);
        Reply run = call("POST", "/api/run", req.toString());
        assertEquals(200, run.status(), String.valueOf(run.json()));
        Reply yaml = call("POST", "/api/yaml", req.toString());
        assertEquals(200, yaml.status());
        Scenario downloaded = ScenarioReader.read(new String(yaml.bytes(), StandardCharsets.UTF_8), "edited.yaml")
                .scenario().orElseThrow();
        assertEquals(0.9, downloaded.delegations().get(1).stance("binding-rules").salience());
        var model = new LocalEngine().negotiate(downloaded, 3, 0, true);
        assertEquals(model.outcome().name(), run.json().get("outcome").asText());
        assertEquals(model.roundsUsed(), run.json().get("roundsUsed").asInt());
        assertEquals(model.finalText().position(1), run.json().get("finalText").get(1).get("position").asDouble());
    }

    @Test
    void anEditOutsideItsRangeIsReportedWithItsPath() throws Exception {
        ObjectNode req = request("classroom-3.yaml");
        ((ObjectNode) req.get("tree").get("delegations").get(0).get("clauses").get("ai-fund")).put("salience", 7);
        Reply run = call("POST", "/api/run", req.toString());
        assertEquals(422, run.status());
        assertTrue(run.json().get("problems").get(0).asText().contains("salience"), run.json().toString());
    }

    @Test
    void simulateGivesTheNumbersOfTheMonteCarloForTheSameSeedAndAZipOfTheResults() throws Exception {
        ObjectNode req = request("un-ai-dialogue-2026.yaml");
        req.put("seed", 9);
        req.put("runs", 300);
        Job job = simulated(req);
        String id = job.id();
        JsonNode s = job.state();
        Scenario flagship = ScenarioReader.read(Path.of("scenarios/un-ai-dialogue-2026.yaml")).scenario().orElseThrow();
        MonteCarloResult mc = new MonteCarlo(flagship).run(new MonteCarloSettings(300, 9, 1));
        assertEquals(mc.consensus().estimate(), s.get("summary").get("outcomes").get("consensus").get("p").asDouble());
        assertEquals(mc.consensus().lower(), s.get("summary").get("outcomes").get("consensus").get("lower").asDouble());
        Reply zip = call("GET", "/api/job/results.zip?id=" + id, null);
        assertEquals(200, zip.status());
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(e.getName());
            }
        }
        assertEquals(List.of("results/clauses.csv", "results/delegations.csv", "results/manifest.json",
                "results/outcomes.csv", "results/rounds.csv", "results/run.json", "results/summary.json",
                "results/un-ai-dialogue-2026.yaml"), entries);
    }

    @Test
    void roomRulesHoldOverHttp() throws Exception {
        ObjectNode req = request("classroom-3.yaml");
        req.put("roundSeconds", 30);
        JsonNode room = call("POST", "/api/rooms", req.toString()).json();
        String code = room.get("code").asText();
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{6}"), code);
        String base = "/api/rooms/" + code.toLowerCase(java.util.Locale.ROOT);
        Reply ana = call("POST", base + "/claim", "{\"delegation\":\"North\",\"student\":\"Ana\"}");
        assertEquals(200, ana.status());
        Reply twice = call("POST", base + "/claim", "{\"delegation\":\"North\",\"student\":\"Ben\"}");
        assertEquals(409, twice.status());
        Reply ben = call("POST", base + "/claim", "{\"delegation\":\"South\",\"student\":\"Ben\"}");
        String teacher = room.get("teacher").asText();
        assertEquals(409, call("POST", base + "/start", "{\"token\":\"" + ben.json().get("token").asText() + "\"}")
                .status());
        assertEquals(200, call("POST", base + "/start", "{\"token\":\"" + teacher + "\"}").status());
        Reply other = call("POST", base + "/answer", "{\"delegation\":\"North\",\"token\":\""
                + ben.json().get("token").asText() + "\",\"round\":0,\"kind\":\"accept\"}");
        assertEquals(409, other.status());
        assertEquals("this is not your seat: North", other.json().get("error").asText());
        Reply answered = call("POST", base + "/answer", "{\"delegation\":\"North\",\"token\":\""
                + ana.json().get("token").asText() + "\",\"round\":0,\"kind\":\"object\",\"amendments\":{\"binding-rules\":80}}");
        assertEquals(200, answered.status(), String.valueOf(answered.json()));
        NOW.addAndGet(30_000);
        JsonNode view = call("GET", base, null).json();
        assertEquals(2, view.get("round").asInt(), "South was silent past the limit: the model answered");
        JsonNode south = view.get("rounds").get(0).get("responses").get(2);
        assertEquals("South", south.get("delegation").asText());
        assertTrue(south.get("byModelForSilentSeat").asBoolean());
        assertEquals(403, call("GET", base + "/export.json?token=nope", null).status());
        Reply export = call("GET", base + "/export.json?token=" + teacher, null);
        assertEquals(200, export.status());
        assertEquals("plenary.room/1", export.json().get("format").asText());
        assertEquals(409, call("GET", base + "/export.html?token=" + teacher, null).status(), "not over yet");
        call("POST", base + "/end", "{\"token\":\"" + teacher + "\"}");
        Reply html = call("GET", base + "/export.html?token=" + teacher, null);
        assertEquals(200, html.status());
        assertTrue(new String(html.bytes(), StandardCharsets.UTF_8).contains("Plenary negotiation report"));
        assertFalse(call("GET", "/api/rooms/ZZZZZZ", null).status() == 200);
    }

    @Test
    void simulateWithoutUncertaintyPlaysTheInputsAsWritten() throws Exception {
        ObjectNode req = request("un-ai-dialogue-2026.yaml");
        req.put("seed", 9);
        req.put("runs", 200);
        req.put("uncertainty", "no");
        Reply unclear = call("POST", "/api/simulate", req.toString());
        assertEquals(400, unclear.status());
        assertEquals("uncertainty: \"no\" is not true or false", unclear.json().get("error").asText());
        req.put("uncertainty", false);
        Job job = simulated(req);
        String id = job.id();
        JsonNode s = job.state();
        Scenario flagship = ScenarioReader.read(Path.of("scenarios/un-ai-dialogue-2026.yaml")).scenario().orElseThrow();
        MonteCarloResult asWritten = new MonteCarlo(flagship.withUncertainty(org.plenary.core.uncertainty.Uncertainty.NONE))
                .run(new MonteCarloSettings(200, 9, 1));
        MonteCarloResult redrawn = new MonteCarlo(flagship).run(new MonteCarloSettings(200, 9, 1));
        double p = s.get("summary").get("outcomes").get("consensus").get("p").asDouble();
        assertEquals(asWritten.consensus().estimate(), p);
        assertTrue(redrawn.consensus().estimate() != p || redrawn.clauses().get(0).mean() != asWritten.clauses().get(0).mean(),
                "the uncertainty section changes the numbers");
        Reply zip = call("GET", "/api/job/results.zip?id=" + id, null);
        assertEquals(200, zip.status());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith("manifest.json")) {
                    JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in.readAllBytes());
                    assertEquals("off", m.get("uncertainty").asText());
                    assertTrue(m.get("commandLine").toString().contains("--no-uncertainty"), m.toString());
                }
            }
        }
    }
}
