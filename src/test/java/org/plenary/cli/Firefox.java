package org.plenary.cli;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A headless Firefox driven over WebDriver BiDi, the W3C protocol Firefox serves itself: no
 * geckodriver (Debian does not package it, and a classroom machine may be offline), only the JDK's
 * WebSocket client and Jackson. Firefox starts with a fresh profile in a temporary folder and picks
 * its own free port ({@code --remote-debugging-port=0}, read back from the line it prints); closing
 * ends the session, kills the browser and all its processes, and deletes the folder.
 */
final class Firefox implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");

    /** Quiet start: no first-run pages, update checks or telemetry, which only cost time in a test. */
    private static final String PREFERENCES = String.join("\n",
            "user_pref(\"browser.shell.checkDefaultBrowser\", false);",
            "user_pref(\"browser.startup.homepage_override.mstone\", \"ignore\");",
            "user_pref(\"browser.aboutwelcome.enabled\", false);",
            "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
            "user_pref(\"toolkit.telemetry.reportingpolicy.firstRun\", false);",
            "user_pref(\"app.update.disabledForTesting\", true);",
            "") + "\n";

    private final Process process;
    private final Path home;
    private final Path log;
    private final Duration wait;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private WebSocket socket;

    private Firefox(Process process, Path home, Path log, Duration wait) {
        this.process = process;
        this.home = home;
        this.log = log;
        this.wait = wait;
    }

    /**
     * The browser: $PLENARY_FIREFOX, else firefox-esr or firefox on the PATH. A PLENARY_FIREFOX that
     * names no executable is a mistake to report, not a reason to skip.
     */
    static Optional<Path> binary() {
        String chosen = System.getenv("PLENARY_FIREFOX");
        if (chosen != null && !chosen.isBlank()) {
            if (!Files.isExecutable(Path.of(chosen))) {
                throw new AssertionError("PLENARY_FIREFOX=" + chosen + " is not an executable file");
            }
            return Optional.of(Path.of(chosen));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("firefox-esr", "firefox")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts Firefox and opens a BiDi session with events of the page's log; IOException if it does not come up. */
    static Firefox start(Path binary, Duration wait) throws IOException {
        Path home = Files.createTempDirectory("plenary-firefox");
        Path profile = Files.createDirectory(home.resolve("profile"));
        Files.writeString(profile.resolve("user.js"), PREFERENCES);
        Path log = home.resolve("firefox.log");
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(binary.toString(), "--headless", "--no-remote",
                    "--remote-debugging-port=0", "--profile", profile.toString(), "about:blank")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // Firefox writes caches, a Downloads folder and crash reports under the user's home: here, into the temporary folder.
            Map<String, String> env = builder.environment();
            env.put("HOME", home.toString());
            env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
            env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
            env.put("XDG_DATA_HOME", home.resolve("data").toString());
            env.put("MOZ_CRASHREPORTER_DISABLE", "1");
            process = builder.start();
        } catch (IOException e) {
            delete(home);
            throw e;
        }
        Firefox firefox = new Firefox(process, home, log, wait);
        try {
            firefox.connect(firefox.address());
            firefox.send("session.new", JSON.createObjectNode().set("capabilities", JSON.createObjectNode()));
            ObjectNode subscribe = JSON.createObjectNode();
            subscribe.putArray("events").add("log.entryAdded");
            firefox.send("session.subscribe", subscribe);
            return firefox;
        } catch (IOException | RuntimeException | AssertionError e) {
            String tail = firefox.logTail();
            firefox.close();
            throw new IOException("Firefox (" + binary + ") did not start: " + e.getMessage() + "; its output: " + tail, e);
        }
    }

    /** The WebSocket address Firefox prints once its BiDi server listens. */
    private URI address() throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = LISTENING.matcher(out);
            if (m.find()) {
                return URI.create(m.group(1) + "/session");
            }
            if (!process.isAlive()) {
                throw new IOException("it exited with code " + process.exitValue());
            }
            pause(100);
        }
        throw new IOException("no \"WebDriver BiDi listening\" line within " + wait.toSeconds() + " s");
    }

    private void connect(URI uri) throws IOException {
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    receive(message.toString());
                    message.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                pending.values().forEach(f -> f.completeExceptionally(error));
            }
        };
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(wait)
                    .buildAsync(uri, listener).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IOException("no WebSocket at " + uri + ": " + e, e);
        }
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id") && !message.get("id").isNull()) {
                CompletableFuture<JsonNode> f = pending.remove(message.get("id").asLong());
                if (f != null) {
                    f.complete(message);
                }
            } else {
                events.add(message);
            }
        } catch (IOException e) {
            events.add(JSON.createObjectNode().put("unreadable", text));
        }
    }

    /** One BiDi command; its result, or an AssertionError naming the command and the browser's error. */
    JsonNode send(String method, JsonNode params) {
        long id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", params);
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonNode message;
        try {
            socket.sendText(JSON.writeValueAsString(command), true).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            message = answer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(method + ": no answer within " + wait.toSeconds() + " s", e);
        } catch (Exception e) {
            throw new AssertionError(method + ": " + e, e);
        } finally {
            pending.remove(id);
        }
        if (!"success".equals(message.path("type").asText())) {
            throw new AssertionError(method + " failed: " + message.path("error").asText() + ": "
                    + message.path("message").asText());
        }
        return message.get("result");
    }

    /** The first tab. */
    Page page() {
        JsonNode tree = send("browsingContext.getTree", JSON.createObjectNode());
        return new Page(tree.get("contexts").get(0).get("context").asText());
    }

    /** A new tab in a new user context: its own cookies and storage, as another student's browser. */
    Page isolatedPage() {
        String user = send("browser.createUserContext", JSON.createObjectNode()).get("userContext").asText();
        ObjectNode params = JSON.createObjectNode().put("type", "tab").put("userContext", user);
        return new Page(send("browsingContext.create", params).get("context").asText());
    }

    /** Errors the pages logged (uncaught exceptions, console.error) since the last call. */
    List<String> takeErrors() {
        List<String> errors = new ArrayList<>();
        List<JsonNode> logged = new ArrayList<>();
        for (JsonNode e : events) {
            if ("log.entryAdded".equals(e.path("method").asText())) {
                logged.add(e);
                JsonNode p = e.get("params");
                if ("error".equals(p.path("level").asText())) {
                    errors.add(p.path("type").asText() + ": " + p.path("text").asText());
                }
            }
        }
        events.removeAll(logged);
        return errors;
    }

    /** Also receive these events (beyond the page's log). */
    void subscribe(String... names) {
        ObjectNode params = JSON.createObjectNode();
        ArrayNode list = params.putArray("events");
        for (String n : names) {
            list.add(n);
        }
        send("session.subscribe", params);
    }

    /** The file of a finished download with this name (in the profile's own Downloads folder), once it is complete. */
    Path downloaded(String name) {
        Path[] found = new Path[1];
        poll(() -> {
            for (JsonNode e : events) {
                JsonNode p = e.path("params");
                if ("browsingContext.downloadEnd".equals(e.path("method").asText())
                        && p.path("filepath").asText().endsWith(File.separator + name)) {
                    if (!"complete".equals(p.path("status").asText())) {
                        throw new AssertionError("the download of " + name + " ended " + p.path("status").asText());
                    }
                    found[0] = Path.of(p.get("filepath").asText());
                    return true;
                }
            }
            return false;
        }, "the download of " + name);
        return found[0];
    }

    /** A tab: navigation, script in the page, real input, screenshots. */
    final class Page {
        private final String context;

        private Page(String context) {
            this.context = context;
        }

        void setViewport(int width, int height) {
            ObjectNode params = JSON.createObjectNode().put("context", context);
            params.putObject("viewport").put("width", width).put("height", height);
            send("browsingContext.setViewport", params);
        }

        void navigate(String url) {
            send("browsingContext.navigate", JSON.createObjectNode().put("context", context).put("url", url)
                    .put("wait", "complete"));
        }

        /** Reloads the page as the browser's reload button does (Firefox then restores its form fields' state). */
        void reload() {
            send("browsingContext.reload", JSON.createObjectNode().put("context", context).put("wait", "complete"));
        }

        private JsonNode evaluate(String expression) {
            ObjectNode params = JSON.createObjectNode().put("expression", expression).put("awaitPromise", true)
                    .put("resultOwnership", "none").put("userActivation", true);
            params.putObject("target").put("context", context);
            JsonNode result = send("script.evaluate", params);
            if ("exception".equals(result.path("type").asText())) {
                throw new AssertionError("the page threw on `" + expression + "`: "
                        + result.path("exceptionDetails").path("text").asText());
            }
            return result.get("result");
        }

        /** The value of a script expression (awaited), as JSON; missing when undefined. */
        JsonNode value(String expression) {
            JsonNode r = evaluate("(async () => JSON.stringify(await (" + expression + ")))()");
            if (!"string".equals(r.path("type").asText())) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(r.get("value").asText());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        String text(String expression) {
            JsonNode v = value(expression);
            return v.isMissingNode() || v.isNull() ? null : v.asText();
        }

        /** Runs a statement in the page (a click, a value set with its events). */
        void run(String statement) {
            evaluate("(() => { " + statement + " })()");
        }

        /** Polls until the expression is true (pages redraw as their answers come: nothing is timed). */
        void until(String expression) {
            poll(() -> value(expression).asBoolean(false), expression);
        }

        void click(String selector) {
            until("document.querySelector(" + quote(selector) + ") !== null");
            run("document.querySelector(" + quote(selector) + ").click();");
        }

        /** Sets a field's value as typing would, with its input and change events. */
        void type(String selector, String value) {
            run("const e = document.querySelector(" + quote(selector) + "); e.focus(); e.value = " + quote(value)
                    + "; e.dispatchEvent(new Event('input', {bubbles: true}));"
                    + " e.dispatchEvent(new Event('change', {bubbles: true}));");
        }

        /** Presses one key (a WebDriver key code such as {@code \uE011} for Home) on the focused element. */
        void press(String key) {
            ObjectNode params = JSON.createObjectNode().put("context", context);
            ObjectNode keyboard = params.putArray("actions").addObject().put("type", "key").put("id", "keyboard");
            ArrayNode actions = keyboard.putArray("actions");
            actions.addObject().put("type", "keyDown").put("value", key);
            actions.addObject().put("type", "keyUp").put("value", key);
            send("input.performActions", params);
        }

        /** Chooses a file in an {@code <input type=file>}, as the file picker would. */
        void chooseFile(String selector, Path file) {
            until("document.querySelector(" + quote(selector) + ") !== null");
            JsonNode node = evaluate("document.querySelector(" + quote(selector) + ")");
            ObjectNode params = JSON.createObjectNode().put("context", context);
            params.putObject("element").put("sharedId", node.get("sharedId").asText());
            params.putArray("files").add(file.toAbsolutePath().toString());
            send("input.setFiles", params);
        }

        byte[] screenshot() {
            JsonNode r = send("browsingContext.captureScreenshot", JSON.createObjectNode().put("context", context));
            return Base64.getDecoder().decode(r.get("data").asText());
        }
    }

    /** A JavaScript string literal. */
    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Polls until done (the browser answers when it answers: nothing is timed). */
    void poll(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + wait.toSeconds() + " s: " + what);
            }
            pause(100);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String logTail() {
        try {
            String out = Files.readString(log, StandardCharsets.UTF_8).strip();
            return out.isEmpty() ? "(none)" : out.substring(Math.max(0, out.length() - 2000));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Ends the session, kills Firefox and every process it started, and deletes the profile. */
    @Override
    public void close() {
        try {
            if (socket != null) {
                try {
                    send("browser.close", JSON.createObjectNode());
                } catch (AssertionError e) {
                    // The browser may be gone already; it is killed below either way.
                }
                socket.abort();
            }
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
            all.add(process.toHandle());
            all.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle h : all) {
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // Deleting the profile below is attempted anyway.
                }
            }
            delete(home);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing a test for.
        }
    }
}
