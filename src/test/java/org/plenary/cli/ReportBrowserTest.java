package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code plenary report}'s page in a real headless Chromium: it renders (a screenshot with
 * many colours), its title and charts are in the DOM, and the console shows no error (the page's
 * Content-Security-Policy would log one for any script or network access). Skipped where no
 * Chromium is installed ({@code apt-get install chromium}); {@code .ci/run} installs it.
 */
class ReportBrowserTest {

    private static final String FLAGSHIP = "scenarios/un-ai-dialogue-2026.yaml";

    private static final String NO_BROWSER =
            "No headless Chromium found (install Debian's chromium, or set PLENARY_BROWSER): browser test skipped";

    /**
     * The browser: $PLENARY_BROWSER, else chromium or chromium-browser on the PATH. A PLENARY_BROWSER
     * that names no executable is a mistake to report, not a reason to skip.
     */
    static Optional<Path> browser() {
        return browser(System.getenv("PLENARY_BROWSER"));
    }

    static Optional<Path> browser(String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            if (!Files.isExecutable(Path.of(chosen))) {
                throw new AssertionError("PLENARY_BROWSER=" + chosen + " is not an executable file");
            }
            return Optional.of(Path.of(chosen));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The browser, or the test skipped with its reason printed on the console (not only in the report). */
    private static Optional<Path> browserOrSkip() {
        Optional<Path> browser = browser();
        if (browser.isEmpty()) {
            System.err.println("ReportBrowserTest: " + NO_BROWSER);
        }
        Assumptions.assumeTrue(browser.isPresent(), NO_BROWSER);
        return browser;
    }

    @Test
    void aBrowserThatIsNotExecutableIsAFailureNotASkip(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("chromium"), "not a program");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> browser(text.toString()));
        assertTrue(e.getMessage().contains("is not an executable file"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> browser(dir.resolve("missing").toString()));
    }

    record Browsed(int code, String out, String err) {
    }

    /** Runs headless Chromium on the page with the flags a closed network and a root user need. */
    static Browsed chromium(Path browser, Path profile, Path page, String... extra) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--enable-logging=stderr",
                "--v=0", "--window-size=1280,2000"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(profile.getParent(), "out", ".txt");
        Path err = Files.createTempFile(profile.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("Chromium did not finish within 180 s: " + cmd);
        }
        return new Browsed(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Lines where the page's console reported an error or an exception went uncaught. */
    static List<String> consoleErrors(String log) {
        return log.lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")
                || l.contains("Content Security Policy") || l.contains("Refused to")).toList();
    }

    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void theFlagshipReportRendersWithItsChartsAndNoConsoleError(@TempDir Path dir) throws Exception {
        Optional<Path> browser = browserOrSkip();
        Path page = dir.resolve("report.html");
        Cli.Ran r = Cli.run("report", FLAGSHIP, "--runs", "2000", "--out", page.toString(), "-q");
        assertEquals(0, r.code(), r.err());

        Path shot = dir.resolve("shot.png");
        Browsed screenshot = chromium(browser.get(), Files.createDirectory(dir.resolve("profile1")), page,
                "--screenshot=" + shot);
        assertEquals(0, screenshot.code(), screenshot.err());
        assertEquals(List.of(), consoleErrors(screenshot.err()));
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1280, image.getWidth());
        int colours = colours(image);
        assertTrue(colours > 100, "a blank or unstyled page has few colours: " + colours);

        Browsed dom = chromium(browser.get(), Files.createDirectory(dir.resolve("profile2")), page, "--dump-dom");
        assertEquals(0, dom.code(), dom.err());
        assertEquals(List.of(), consoleErrors(dom.err()));
        assertTrue(dom.out().contains("<title>UN Global Dialogue on AI Governance, Geneva 2026: outcome text — "
                + "Plenary report</title>"), dom.out().substring(0, Math.min(500, dom.out().length())));
        assertTrue(dom.out().contains("<h1>UN Global Dialogue on AI Governance, Geneva 2026: outcome text</h1>"));
        long svgs = Stream.of(dom.out().split("<svg ", -1)).count() - 1;
        assertEquals(10 + 4 + 1, svgs, "ten clause charts, four Monte Carlo charts and the flip chart of the Why section");
    }

    @Test
    void aHostileScenarioMakesNoElementInTheBrowser(@TempDir Path dir) throws Exception {
        Optional<Path> browser = browserOrSkip();
        Path page = dir.resolve("hostile.html");
        Cli.Ran r = Cli.run("report", "src/test/resources/report/hostile.yaml", "--runs", "100", "--out",
                page.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        Browsed dom = chromium(browser.get(), Files.createDirectory(dir.resolve("profile")), page, "--dump-dom");
        assertEquals(0, dom.code(), dom.err());
        assertEquals(List.of(), consoleErrors(dom.err()));
        String parsed = dom.out().toLowerCase(Locale.ROOT);
        for (String element : List.of("<script", "<img", "<iframe")) {
            assertFalse(parsed.contains(element), element + " in the parsed page");
        }
        assertTrue(dom.out().contains("&lt;script&gt;alert('rationale')&lt;/script&gt;"), "shown as text");
    }
}
