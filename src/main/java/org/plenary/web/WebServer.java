package org.plenary.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.plenary.core.baseline.Baselines;
import org.plenary.core.model.Clause;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.ResponseKind;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.SeatedRun.SeatAnswer;
import org.plenary.engine.local.LocalEngine;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.export.Manifest;
import org.plenary.io.fields.FieldForm;
import org.plenary.io.export.RunJson;
import org.plenary.io.export.RunReport;
import org.plenary.io.export.SimulationCsv;
import org.plenary.io.export.SimulationJson;
import org.plenary.io.export.SimulationReport;
import org.plenary.io.report.HtmlReport;
import org.plenary.io.report.ReportData;
import org.plenary.io.scenario.ScenarioReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code plenary serve}: the classroom page and its JSON API, on the JDK's own HTTP server (no
 * dependency; a classroom's few dozen browsers are far below what it handles).
 *
 * <p>Scenarios come from the shipped folder (read as {@link ScenarioFolder} says: a bounded number
 * of regular files, each bounded in size) or from uploads, which are read by the same
 * {@link ScenarioReader} as every command and kept in memory only (at most {@value #MAX_UPLOADS},
 * the oldest forgotten first). The only files written are those of a results download, staged in
 * one temporary folder that is deleted as soon as the zip is made. Runs and Monte Carlo experiments
 * give the numbers of the command line for the same scenario and seed.
 */
public final class WebServer implements AutoCloseable {

    /** Largest request body: the scenario reader's own limit plus room for the JSON around it. */
    static final int MAX_BODY = ScenarioReader.MAX_BYTES + 64 * 1024;
    static final int MAX_UPLOADS = 32;
    static final long MAX_RUNS = 200_000;
    static final int MAX_ROOMS = 64;
    /** Monte Carlo runs of a room's HTML report (its Monte Carlo section; the room's own run is the transcript). */
    static final int REPORT_RUNS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASSETS = "/org/plenary/web/assets/";
    private static final String ROOM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final HttpServer http;
    private final ExecutorService requests;
    private final ExecutorService experiments;
    private final ScenarioFolder folder;
    private final String version;
    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> uploads = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > MAX_UPLOADS;
                }
            });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final AtomicLong uploadCount = new AtomicLong();
    private final Map<Path, ObjectNode> listed = new ConcurrentHashMap<>();

    /** A Monte Carlo experiment running for the page. */
    private static final class Job {
        final EditedScenario scenario;
        final long runs;
        final long seed;
        /** Whether the scenario's uncertainty section drew the inputs ({@code "uncertainty": false} turns it off). */
        final boolean uncertainty;
        final AtomicLong done = new AtomicLong();
        volatile MonteCarloResult result;
        volatile RunResult run;
        volatile String error;
        final Instant start = Instant.now();
        volatile Instant end;

        Job(EditedScenario scenario, long runs, long seed, boolean uncertainty) {
            this.scenario = scenario;
            this.runs = runs;
            this.seed = seed;
            this.uncertainty = uncertainty;
        }
    }

    /**
     * Starts serving.
     *
     * @param host     address to bind (loopback unless the teacher opens the class's network)
     * @param port     port, or 0 for any free one
     * @param shipped  folder of the shipped scenarios
     * @param version  Plenary's version, written in results
     * @param clock    milliseconds for the rooms' time limits
     */
    public WebServer(String host, int port, Path shipped, String version, LongSupplier clock) throws IOException {
        this.folder = new ScenarioFolder(shipped);
        this.version = version;
        this.clock = clock;
        http = HttpServer.create(new InetSocketAddress(host, port), 64);
        requests = Executors.newFixedThreadPool(8, daemon("plenary-http"));
        experiments = Executors.newFixedThreadPool(1, daemon("plenary-simulate"));
        http.setExecutor(requests);
        http.createContext("/", this::handle);
        http.start();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The port served. */
    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        requests.shutdownNow();
        experiments.shutdownNow();
    }

    /** An answer with a status that the page shows as the message. */
    private static final class HttpError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final List<String> problems;

        HttpError(int status, String message) {
            this(status, message, List.of());
        }

        HttpError(int status, String message, List<String> problems) {
            super(message);
            this.status = status;
            this.problems = problems;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (method.equals("GET") && (path.equals("/") || path.equals("/index.html"))) {
                asset(ex, "index.html");
            } else if (method.equals("GET") && path.startsWith("/assets/")) {
                asset(ex, path.substring("/assets/".length()));
            } else if (path.startsWith("/api/")) {
                api(ex, method, path.substring("/api/".length()));
            } else {
                send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (HttpError e) {
            ObjectNode o = JSON.createObjectNode();
            o.put("error", e.getMessage());
            ArrayNode p = o.putArray("problems");
            e.problems.forEach(p::add);
            json(ex, e.status, o);
        } catch (RuntimeException e) {
            ObjectNode o = JSON.createObjectNode();
            o.put("error", "internal error: " + e);
            json(ex, 500, o);
        } finally {
            ex.close();
        }
    }

    private void asset(HttpExchange ex, String name) throws IOException {
        if (!name.matches("[a-z][a-z0-9-]*\\.(html|css|js)")) {
            throw new HttpError(404, "no such page");
        }
        try (InputStream in = WebServer.class.getResourceAsStream(ASSETS + name)) {
            if (in == null) {
                throw new HttpError(404, "no such page");
            }
            String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            send(ex, 200, type, in.readAllBytes());
        }
    }

    private void api(HttpExchange ex, String method, String route) throws IOException {
        Map<String, String> q = query(ex);
        switch (method + " " + route) {
            case "GET scenarios" -> json(ex, 200, scenarios());
            case "GET fields" -> json(ex, 200, FieldForm.tree());
            case "GET scenario" -> json(ex, 200, scenario(q.getOrDefault("name", "")));
            case "POST upload" -> json(ex, 200, upload(ex, q.getOrDefault("file", "upload.yaml")));
            case "POST run" -> json(ex, 200, run(body(ex)));
            case "POST simulate" -> json(ex, 200, simulate(body(ex)));
            case "GET job" -> json(ex, 200, job(q.getOrDefault("id", "")));
            case "GET job/results.zip" -> results(ex, q.getOrDefault("id", ""));
            case "POST yaml" -> {
                JsonNode b = body(ex);
                String name = fileName(b.path("name").asText("scenario.yaml"));
                ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
                send(ex, 200, "application/yaml; charset=utf-8",
                        EditedScenario.yaml(b.path("tree")).getBytes(StandardCharsets.UTF_8));
            }
            case "POST rooms" -> json(ex, 200, openRoom(body(ex)));
            default -> {
                if (route.startsWith("rooms/")) {
                    room(ex, method, route.substring("rooms/".length()), q);
                } else {
                    throw new HttpError(404, "no such request: " + method + " /api/" + route);
                }
            }
        }
    }

    // ---- scenarios -------------------------------------------------------------------------

    private List<Path> shippedFiles() throws IOException {
        return folder.files();
    }

    private ObjectNode scenarios() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("scenarios");
        for (Path p : shippedFiles()) {
            String stamp = Files.getLastModifiedTime(p) + "/" + Files.size(p);
            ObjectNode cached = listed.get(p);
            if (cached == null || !stamp.equals(cached.path("stamp").asText())) {
                // Reading a large scenario takes a moment: each file is read once until it changes.
                cached = JSON.createObjectNode();
                cached.put("name", p.getFileName().toString());
                try {
                    EditedScenario s = EditedScenario.read(p.getFileName().toString(), folder.read(p));
                    cached.put("title", s.scenario().map(x -> x.metadata().title()).orElse(p.getFileName().toString()));
                    cached.put("delegations", s.scenario().map(x -> x.delegations().size()).orElse(0));
                    cached.put("clauses", s.scenario().map(x -> x.clauses().size()).orElse(0));
                    cached.put("valid", s.scenario().isPresent());
                } catch (ScenarioFolder.Refused e) {
                    cached.put("title", e.getMessage());
                    cached.put("delegations", 0);
                    cached.put("clauses", 0);
                    cached.put("valid", false);
                }
                cached.put("stamp", stamp);
                listed.put(p, cached);
            }
            ObjectNode o = cached.deepCopy();
            o.remove("stamp");
            list.add(o);
        }
        synchronized (uploads) {
            for (String name : uploads.keySet()) {
                ObjectNode o = list.addObject();
                o.put("name", name);
                o.put("title", name.substring(name.indexOf(':') + 1) + " (uploaded)");
                o.put("valid", true);
            }
        }
        return root;
    }

    private String text(String name) throws IOException {
        String uploaded = uploads.get(name);
        if (uploaded != null) {
            return uploaded;
        }
        for (Path p : shippedFiles()) {
            if (p.getFileName().toString().equals(name)) {
                try {
                    return folder.read(p);
                } catch (ScenarioFolder.Refused e) {
                    throw new HttpError(422, e.getMessage());
                }
            }
        }
        throw new HttpError(404, "no scenario " + name);
    }

    private ObjectNode scenario(String name) throws IOException {
        String text = text(name);
        EditedScenario s = EditedScenario.read(name, text);
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name);
        if (s.scenario().isEmpty()) {
            throw new HttpError(422, name + " has errors", s.problems());
        }
        o.set("tree", EditedScenario.tree(text));
        o.set("model", model(s.scenario().get()));
        ArrayNode warnings = o.putArray("warnings");
        s.problems().forEach(warnings::add);
        return o;
    }

    /** What the page shows besides the raw tree: negotiating ids in order, BATNAs. */
    private static ObjectNode model(Scenario s) {
        Negotiation g = new Negotiation(s);
        ObjectNode o = JSON.createObjectNode();
        ArrayNode ids = o.putArray("negotiating");
        for (int i = 0; i < g.delegations(); i++) {
            ObjectNode d = ids.addObject();
            d.put("id", g.id(i));
            d.put("batna", g.batna(i));
        }
        ArrayNode clauses = o.putArray("clauses");
        for (Clause c : s.clauses()) {
            clauses.add(c.id());
        }
        return o;
    }

    private ObjectNode upload(HttpExchange ex, String file) throws IOException {
        String name = fileName(file);
        byte[] bytes = bounded(ex.getRequestBody(), ScenarioReader.MAX_BYTES);
        if (bytes == null) {
            throw new HttpError(413, name + ": the file is larger than 5 MB; nothing was kept");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        EditedScenario s = EditedScenario.read(name, text);
        if (s.scenario().isEmpty()) {
            throw new HttpError(422, name + " was not loaded: fix these problems and upload it again", s.problems());
        }
        String key = "upload-" + uploadCount.incrementAndGet() + ":" + name;
        uploads.put(key, text);
        ObjectNode o = JSON.createObjectNode();
        o.put("name", key);
        ArrayNode warnings = o.putArray("warnings");
        s.problems().forEach(warnings::add);
        return o;
    }

    private static String fileName(String raw) {
        String base = raw.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_.-]", "_");
        if (!base.matches(".*\\.(yaml|yml|json)")) {
            base = base + ".yaml";
        }
        return base.length() > 80 ? base.substring(base.length() - 80) : base;
    }

    private EditedScenario edited(JsonNode body) {
        String name = fileName(body.path("name").asText("scenario.yaml"));
        if (name.endsWith(".json")) {
            name = name.substring(0, name.length() - 5) + ".yaml";
        }
        EditedScenario s = EditedScenario.of(name, body.path("tree"));
        if (s.scenario().isEmpty()) {
            throw new HttpError(422, "the edited scenario has errors", s.problems());
        }
        return s;
    }

    private static long seed(JsonNode body, Scenario s) {
        JsonNode seed = body.path("seed");
        if (seed.isMissingNode() || seed.isNull() || seed.asText().isBlank()) {
            return s.seed();
        }
        if (!seed.canConvertToLong() && !seed.asText().matches("-?\\d{1,19}")) {
            throw new HttpError(400, "seed: '" + seed.asText() + "' is not a whole number");
        }
        return seed.isNumber() ? seed.asLong() : Long.parseLong(seed.asText());
    }

    /** {@code "uncertainty": false} is the command line's {@code --no-uncertainty}: the inputs as written. */
    private static boolean uncertainty(JsonNode body) {
        JsonNode u = body.path("uncertainty");
        if (u.isMissingNode() || u.isNull()) {
            return true;
        }
        if (!u.isBoolean()) {
            throw new HttpError(400, "uncertainty: " + u + " is not true or false");
        }
        return u.booleanValue();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode run(JsonNode body) {
        EditedScenario s = edited(body);
        Scenario scenario = s.scenario().orElseThrow();
        long seed = seed(body, scenario);
        RunResult r = new LocalEngine().negotiate(scenario, seed, 0, true);
        return RunJson.tree(new RunReport(scenario, s.name(), sha256(s.yaml()), seed, "local", version, r));
    }

    private ObjectNode simulate(JsonNode body) {
        EditedScenario s = edited(body);
        boolean uncertainty = uncertainty(body);
        Scenario scenario = uncertainty ? s.scenario().orElseThrow()
                : s.scenario().orElseThrow().withUncertainty(org.plenary.core.uncertainty.Uncertainty.NONE);
        long seed = seed(body, scenario);
        long runs = body.path("runs").asLong(10_000);
        if (runs < 1 || runs > MAX_RUNS) {
            throw new HttpError(400, "runs: " + runs + " is not between 1 and " + MAX_RUNS);
        }
        if (jobs.size() > 16) {
            jobs.entrySet().removeIf(e -> e.getValue().end != null);
        }
        Job job = new Job(s, runs, seed, uncertainty);
        String id = Room.token(random);
        jobs.put(id, job);
        experiments.submit(() -> {
            try {
                int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
                job.run = new LocalEngine().negotiate(scenario, seed, 0, true);
                job.result = new MonteCarlo(scenario).run(new MonteCarloSettings(runs, seed, threads),
                        job.done::set, null);
            } catch (InterruptedException e) {
                job.error = "interrupted";
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                job.error = "internal error: " + e;
            }
            job.end = Instant.now();
        });
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("runs", runs);
        return o;
    }

    private Job job(String id, boolean finished) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new HttpError(404, "no such experiment (it may have been forgotten: simulate again)");
        }
        if (finished && job.result == null) {
            throw new HttpError(409, "the experiment has not finished");
        }
        return job;
    }

    private ObjectNode job(String id) {
        Job job = job(id, false);
        ObjectNode o = JSON.createObjectNode();
        o.put("runs", job.runs);
        o.put("done", job.done.get());
        o.put("finished", job.result != null || job.error != null);
        if (job.error != null) {
            o.put("error", job.error);
        }
        if (job.result != null) {
            o.set("summary", SimulationJson.tree(report(job)));
        }
        return o;
    }

    private SimulationReport report(Job job) {
        return new SimulationReport(job.scenario.scenario().orElseThrow(), job.scenario.name(),
                sha256(job.scenario.yaml()), "local", version, job.result);
    }

    /** The results folder of {@code plenary simulate}, with the scenario and its run, as one zip. */
    private void results(HttpExchange ex, String id) throws IOException {
        Job job = job(id, true);
        Scenario scenario = job.scenario.scenario().orElseThrow();
        Path staging = Files.createTempDirectory("plenary-serve-results");
        try {
            Files.writeString(staging.resolve("summary.json"),
                    org.plenary.io.export.SimulationJson.render(report(job)));
            SimulationCsv.outcomes(job.result, staging.resolve("outcomes.csv"));
            SimulationCsv.clauses(job.result, staging.resolve("clauses.csv"));
            SimulationCsv.delegations(job.result, staging.resolve("delegations.csv"));
            SimulationCsv.rounds(job.result, staging.resolve("rounds.csv"));
            List<String> arguments = new ArrayList<>(List.of(job.scenario.name(), "--runs", Long.toString(job.runs),
                    "--seed", Long.toString(job.seed)));
            if (!job.uncertainty) {
                arguments.add("--no-uncertainty");
            }
            Manifest manifest = new Manifest("simulate", version, job.scenario.name(), sha256(job.scenario.yaml()),
                    job.seed, job.runs, Math.max(1, Runtime.getRuntime().availableProcessors()), "local", arguments,
                    job.start, job.end).withUncertainty(!job.uncertainty ? "off"
                            : scenario.uncertainty().isNone() ? "none" : "on");
            Files.writeString(staging.resolve("manifest.json"), manifest.toJson());
            Files.writeString(staging.resolve("run.json"), org.plenary.io.export.RunJson.render(new RunReport(
                    scenario, job.scenario.name(), sha256(job.scenario.yaml()), job.seed, "local", version, job.run)));
            Files.writeString(staging.resolve(job.scenario.name()), job.scenario.yaml());
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip); Stream<Path> files = Files.list(staging)) {
                for (Path f : files.sorted().toList()) {
                    out.putNextEntry(new ZipEntry("results/" + f.getFileName()));
                    out.write(Files.readAllBytes(f));
                    out.closeEntry();
                }
            }
            String base = job.scenario.name().replaceAll("\\.(yaml|yml|json)$", "");
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + base + "-results.zip\"");
            send(ex, 200, "application/zip", zip.toByteArray());
        } finally {
            try (Stream<Path> files = Files.list(staging)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(staging);
        }
    }

    // ---- rooms ------------------------------------------------------------------------------

    private ObjectNode openRoom(JsonNode body) {
        EditedScenario s = edited(body);
        Scenario scenario = s.scenario().orElseThrow();
        long seconds = body.path("roundSeconds").asLong(120);
        if (seconds < 5 || seconds > 86_400) {
            throw new HttpError(400, "round time limit: " + seconds + " s is not between 5 s and 24 h");
        }
        long now = clock.getAsLong();
        rooms.values().removeIf(r -> r.view(now).state() == Room.State.ENDED && rooms.size() >= MAX_ROOMS);
        if (rooms.size() >= MAX_ROOMS) {
            throw new HttpError(503, "too many rooms are open; end one first");
        }
        String code;
        do {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                b.append(ROOM_ALPHABET.charAt(random.nextInt(ROOM_ALPHABET.length())));
            }
            code = b.toString();
        } while (rooms.containsKey(code));
        Room room = new Room(code, scenario, seed(body, scenario), seconds * 1000, random);
        rooms.put(code, room);
        ObjectNode o = JSON.createObjectNode();
        o.put("code", code);
        o.put("teacher", room.teacherToken());
        return o;
    }

    private void room(HttpExchange ex, String method, String rest, Map<String, String> q) throws IOException {
        int slash = rest.indexOf('/');
        String code = (slash < 0 ? rest : rest.substring(0, slash)).toUpperCase(Locale.ROOT);
        String action = slash < 0 ? "" : rest.substring(slash + 1);
        Room room = rooms.get(code);
        if (room == null) {
            throw new HttpError(404, "no room " + code + " (check the code with your teacher)");
        }
        long now = clock.getAsLong();
        try {
            switch (method + " " + action) {
                case "GET " -> json(ex, 200, RoomJson.view(room.view(now), room.scenario()));
                case "POST claim" -> {
                    JsonNode b = body(ex);
                    Room.Seat seat = room.claim(b.path("delegation").asText(), b.path("student").asText(""), now);
                    ObjectNode o = JSON.createObjectNode();
                    o.put("delegation", seat.delegation());
                    o.put("token", seat.token());
                    json(ex, 200, o);
                }
                case "POST rejoin" -> {
                    JsonNode b = body(ex);
                    Room.Seat seat = room.rejoin(b.path("delegation").asText(), b.path("token").asText());
                    ObjectNode o = JSON.createObjectNode();
                    o.put("delegation", seat.delegation());
                    o.put("student", seat.student());
                    json(ex, 200, o);
                }
                case "GET desk" -> json(ex, 200, RoomJson.desk(room.desk(q.getOrDefault("delegation", ""),
                        q.getOrDefault("token", ""), now)));
                case "POST answer" -> {
                    JsonNode b = body(ex);
                    room.answer(b.path("delegation").asText(), b.path("token").asText(), b.path("round").asInt(-1),
                            answer(b), now);
                    json(ex, 200, RoomJson.view(room.view(now), room.scenario()));
                }
                case "POST start", "POST pause", "POST resume", "POST end" -> {
                    String token = body(ex).path("token").asText();
                    switch (action) {
                        case "start" -> room.start(token, now);
                        case "pause" -> room.pause(token, now);
                        case "resume" -> room.resume(token, now);
                        default -> room.end(token, now);
                    }
                    json(ex, 200, RoomJson.view(room.view(now), room.scenario()));
                }
                case "GET export.json", "GET export.html" -> export(ex, room, action, q.getOrDefault("token", ""), now);
                default -> throw new HttpError(404, "no such request: " + method + " " + action);
            }
        } catch (Room.Refused e) {
            throw new HttpError(409, e.getMessage());
        }
    }

    private static SeatAnswer answer(JsonNode b) {
        String kind = b.path("kind").asText("");
        Map<String, Double> amendments = new LinkedHashMap<>();
        b.path("amendments").fields().forEachRemaining(e -> amendments.put(e.getKey(),
                e.getValue().isNumber() ? e.getValue().asDouble() : Double.NaN));
        List<String> redLines = new ArrayList<>();
        b.path("redLines").forEach(n -> redLines.add(n.asText()));
        ResponseKind k = switch (kind) {
            case "accept" -> ResponseKind.ACCEPT;
            case "object" -> ResponseKind.OBJECT;
            case "refuse" -> ResponseKind.REFUSE;
            case "reserve" -> ResponseKind.RESERVE;
            case "call-vote" -> ResponseKind.CALL_VOTE;
            default -> throw new HttpError(400, "answer: '" + kind + "' is not accept, object, refuse, reserve or call-vote");
        };
        return new SeatAnswer(k, amendments, redLines);
    }

    private void export(HttpExchange ex, Room room, String action, String token, long now) throws IOException {
        if (!MessageDigest.isEqual(room.teacherToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpError(403, "only the teacher who opened the room can export it");
        }
        Room.View view = room.view(now);
        String base = "room-" + room.code();
        if (action.equals("export.json")) {
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + base + ".json\"");
            ObjectNode o = RoomJson.view(view, room.scenario());
            o.put("format", "plenary.room/1");
            o.put("plenaryVersion", version);
            o.put("seed", room.seed());
            send(ex, 200, "application/json; charset=utf-8",
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
            return;
        }
        if (view.result() == null) {
            throw new HttpError(409, "the report is made when the negotiation is over: end it first");
        }
        Scenario s = room.scenario();
        MonteCarloResult mc;
        try {
            mc = new MonteCarlo(s).run(new MonteCarloSettings(REPORT_RUNS, room.seed(), 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "interrupted");
        }
        String html = HtmlReport.render(new ReportData(s, "room " + room.code(), "", room.seed(), "classroom room",
                version, view.result(), mc, Baselines.compute(s)));
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + base + ".html\"");
        send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    // ---- plumbing ---------------------------------------------------------------------------

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    private static byte[] bounded(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private static JsonNode body(HttpExchange ex) throws IOException {
        byte[] bytes = bounded(ex.getRequestBody(), MAX_BODY);
        if (bytes == null) {
            throw new HttpError(413, "the request is larger than 5 MB");
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new HttpError(400, "the request is not JSON");
        }
    }

    private static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        // no-store also keeps Firefox from restoring form state on a reload: a button the page disabled
        // during a run would otherwise come back disabled for good (ServeFirefoxTest checks it).
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; frame-ancestors 'none'");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** For tests: the uploads kept. */
    int uploadsKept() {
        return uploads.size();
    }

    /** For tests: a room by code. */
    Optional<Room> room(String code) {
        return Optional.ofNullable(rooms.get(code));
    }
}
