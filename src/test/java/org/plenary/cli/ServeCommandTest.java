package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plenary serve} as a user starts it: on loopback, on the port asked for, the page served. */
class ServeCommandTest {

    @Test
    void servesThePageOnLoopbackUntilStopped(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        Process p = ChildJvm.start(List.of(), Path.of("").toAbsolutePath(), out, "serve", "--port", "0");
        try {
            Pattern url = Pattern.compile("on (http://127\\.0\\.0\\.1:(\\d+)/) ");
            Matcher m = null;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < until && p.isAlive()) {
                m = url.matcher(Files.exists(out) ? Files.readString(out) : "");
                if (m.find()) {
                    break;
                }
                Thread.sleep(100);
            }
            assertTrue(m != null && m.find(0), "printed its address: " + Files.readString(out)
                    + Files.readString(Path.of(out + ".err")));
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Plenary classroom"));
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPortOutOfRangeIsBadInput() {
        Cli.Ran r = Cli.run("serve", "--port", "70000");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'--port': 70000 (must be 0 to 65535)"), r.err());
    }
}
