package org.plenary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plenary serve} reads its scenario folder as untrusted: links out of the folder, devices and
 * FIFOs are not offered (nor read, so nothing blocks), a file over the 5 MB limit is listed as
 * refused and not read, and a folder of many files offers at most {@value ScenarioFolder#MAX_FILES}.
 */
class ScenarioFolderTest {

    private static final Path CLASSROOM = Path.of("scenarios/classroom-3.yaml");

    private static JsonNode get(WebServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = new ObjectMapper().readTree(r.body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("status", r.statusCode());
        return json;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("scenarios").forEach(s -> names.add(s.get("name").asText()));
        return names;
    }

    @Test
    void onlyRegularFilesInTheFolderAreOfferedAndEachIsReadUpToTheLimit(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("scenarios"));
        Files.copy(CLASSROOM, folder.resolve("good.yaml"));
        Files.copy(CLASSROOM, dir.resolve("secret.yaml"));
        Files.createSymbolicLink(folder.resolve("inside.yaml"), Path.of("good.yaml"));
        Files.createSymbolicLink(folder.resolve("outside.yaml"), Path.of("../secret.yaml"));
        Files.createSymbolicLink(folder.resolve("zero.yaml"), Path.of("/dev/zero"));
        Files.createDirectory(folder.resolve("folder.yaml"));
        Process mk = new ProcessBuilder("mkfifo", folder.resolve("fifo.yaml").toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo");
        try (RandomAccessFile big = new RandomAccessFile(folder.resolve("big.yaml").toFile(), "rw")) {
            big.setLength(ScenarioFolder.MAX_BYTES + 1L);
        }
        try (WebServer server = new WebServer("127.0.0.1", 0, folder, "test", System::currentTimeMillis)) {
            JsonNode list = get(server, "/api/scenarios");
            assertEquals(List.of("big.yaml", "good.yaml", "inside.yaml"), names(list));
            JsonNode big = list.get("scenarios").get(0);
            assertFalse(big.get("valid").asBoolean());
            assertEquals("big.yaml is over the limit of 5 MB (5,242,880 bytes) for scenario files", big.get("title").asText());
            assertEquals(422, get(server, "/api/scenario?name=big.yaml").get("status").asInt());
            assertTrue(list.get("scenarios").get(2).get("valid").asBoolean(), "a link inside the folder is fine");
            for (String refused : List.of("outside.yaml", "zero.yaml", "fifo.yaml", "folder.yaml")) {
                assertEquals(404, get(server, "/api/scenario?name=" + refused).get("status").asInt(), refused);
            }
            assertEquals(200, get(server, "/api/scenario?name=good.yaml").get("status").asInt());
        }
    }

    @Test
    void aFolderOfManyFilesOffersABoundedNumber(@TempDir Path dir) throws Exception {
        for (int i = 0; i < ScenarioFolder.MAX_FILES + 50; i++) {
            Files.writeString(dir.resolve(String.format("s%03d.yaml", i)), "metadata: {title: s}\n");
        }
        List<Path> files = new ScenarioFolder(dir).files();
        assertEquals(ScenarioFolder.MAX_FILES, files.size());
        assertEquals("s000.yaml", files.get(0).getFileName().toString());
        assertEquals(String.format("s%03d.yaml", ScenarioFolder.MAX_FILES - 1),
                files.get(files.size() - 1).getFileName().toString());
    }
}
