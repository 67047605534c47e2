package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.web.WebServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The classroom page in a real headless Chromium driven by Selenium WebDriver: explore (a slider
 * moved by keyboard changes the run), simulate (the command line's numbers), an upload with errors,
 * and a shared room in two browsers. Without Debian's {@code chromium} and {@code chromium-driver}
 * the tests print "skipped: no browser" and are skipped, unless {@code PLENARY_REQUIRE_BROWSER} is
 * set (by {@code .ci/run} where it installed them): then a missing browser fails.
 */
class ServeBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static WebServer server;
    private static WebDriver browser;
    private static Path profiles;

    static Optional<Path> driver() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "chromedriver");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static WebDriver open(String name) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ReportBrowserTest.browser().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1200,900", "--user-data-dir=" + Files.createDirectory(profiles.resolve(name)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().orElseThrow().toFile()).usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().scriptTimeout(WAIT);
        return d;
    }

    @BeforeAll
    static void start() throws IOException {
        boolean present = ReportBrowserTest.browser().isPresent() && driver().isPresent();
        if (!present) {
            String required = System.getenv("PLENARY_REQUIRE_BROWSER");
            if (required != null && !required.isBlank()) {
                throw new AssertionError("PLENARY_REQUIRE_BROWSER is set but chromium or chromedriver is missing");
            }
            System.out.println("ServeBrowserTest skipped: no browser (install Debian's chromium and chromium-driver)");
        }
        Assumptions.assumeTrue(present, "skipped: no browser");
        profiles = Files.createTempDirectory("plenary-serve-browser");
        server = new WebServer("127.0.0.1", 0, Path.of("scenarios"), "test", System::currentTimeMillis);
        browser = open("main");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private static WebDriverWait waiting(WebDriver d) {
        WebDriverWait wait = new WebDriverWait(d, WAIT);
        // Polling pages redraw their parts: an element found just before a redraw is looked up again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static void openScenario(WebDriver d, String name) {
        d.get(url());
        waiting(d).until(x -> !x.findElements(By.cssSelector("button.card[data-name='" + name + "']")).isEmpty());
        d.findElement(By.cssSelector("button.card[data-name='" + name + "']")).click();
        waiting(d).until(x -> x.findElement(By.id("scenario")).isDisplayed());
    }

    /** The first clause's draft line, read in one step (the page redraws the chart as a whole). */
    private static String chart(WebDriver d, String box) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const p = document.querySelector('#' + arguments[0] + ' svg polyline');"
                        + " return p ? p.getAttribute('points') : null;", box);
    }

    @Test
    void aSalienceMovedByKeyboardChangesTheRunsOutcomeAndChart() throws Exception {
        openScenario(browser, "un-ai-dialogue-2026.yaml");
        browser.findElement(By.id("run-button")).click();
        waiting(browser).until(x -> x.findElement(By.id("outcome")).getText().startsWith("Outcome:"));
        String outcome = browser.findElement(By.id("outcome")).getText();
        String before = chart(browser, "chart");
        // The USA's salience of legal-nature to 0 with the keyboard (Home on the slider).
        WebElement usa = browser.findElement(By.cssSelector("details.delegation[data-id='USA']"));
        usa.findElement(By.tagName("summary")).click();
        WebElement slider = usa.findElement(By.cssSelector("input[type=range][data-path=salience]"));
        slider.sendKeys(Keys.HOME);
        assertEquals("0", slider.getAttribute("value"));
        browser.findElement(By.id("run-button")).click();
        waiting(browser).until(x -> !before.equals(chart(x, "chart")));
        String after = browser.findElement(By.id("outcome")).getText();
        assertTrue(after.startsWith("Outcome:"), after);
        assertNotEquals(outcome + before, after + chart(browser, "chart"));
        // The README's picture: the outcome and the chart of the changed run.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('run-output').scrollIntoView()");
        Path shot = Path.of("target", "serve-screenshot.png");
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void simulateShowsTheCommandLinesNumbers(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        openScenario(browser, "un-ai-dialogue-2026.yaml");
        WebElement runs = browser.findElement(By.id("runs"));
        runs.clear();
        runs.sendKeys("400");
        WebElement seed = browser.findElement(By.id("seed"));
        seed.clear();
        seed.sendKeys("5");
        browser.findElement(By.id("simulate-button")).click();
        waiting(browser).until(x -> x.findElement(By.id("p-consensus")).getAttribute("data-p") != null);
        Cli.Ran cli = Cli.run("simulate", "scenarios/un-ai-dialogue-2026.yaml", "--runs", "400", "--seed", "5",
                "--format", "json", "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, cli.code(), cli.err());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
        JsonNode consensus = summary.get("outcomes").get("consensus");
        WebElement p = browser.findElement(By.id("p-consensus"));
        assertEquals(consensus.get("p").asDouble(), Double.parseDouble(p.getAttribute("data-p")));
        assertEquals(consensus.get("lower").asDouble(), Double.parseDouble(p.getAttribute("data-lower")));
        assertEquals(consensus.get("upper").asDouble(), Double.parseDouble(p.getAttribute("data-upper")));
        for (JsonNode d : summary.get("delegations")) {
            WebElement cell = browser.findElement(By.cssSelector("#blocker-table tr[data-delegation='"
                    + d.get("delegation").asText() + "'] td[data-p]"));
            assertEquals(d.get("blocker").get("p").asDouble(), Double.parseDouble(cell.getAttribute("data-p")));
        }
        assertTrue(browser.findElement(By.id("download-results")).isEnabled());
    }

    @Test
    void anUploadWithErrorsShowsThemWithTheirPositionsAndHostileTextStaysText() {
        browser.get(url());
        waiting(browser).until(x -> !x.findElements(By.cssSelector("button.card")).isEmpty());
        browser.findElement(By.id("upload-file")).sendKeys(Path.of(Cli.BROKEN).toAbsolutePath().toString());
        browser.findElement(By.id("upload-button")).click();
        waiting(browser).until(x -> !x.findElements(By.cssSelector("#upload-problems li")).isEmpty());
        List<WebElement> problems = browser.findElements(By.cssSelector("#upload-problems li"));
        assertTrue(problems.get(0).getText().matches("broken\\.yaml:\\d+:\\d+: .+"), problems.get(0).getText());
        browser.findElement(By.id("upload-file")).sendKeys(
                Path.of("src/test/resources/report/hostile.yaml").toAbsolutePath().toString());
        browser.findElement(By.id("upload-button")).click();
        waiting(browser).until(x -> x.findElement(By.id("scenario")).isDisplayed());
        assertEquals(1, browser.findElements(By.tagName("script")).size(), "only the page's own script");
        assertEquals(0, browser.findElements(By.cssSelector("main img, main iframe")).size());
        assertTrue(browser.getPageSource().contains("&lt;script&gt;alert('rationale')&lt;/script&gt;"));
    }

    @Test
    void twoStudentsInOneRoomEachAnswerARoundAndBothSeeItsResult() throws Exception {
        WebDriver ben = open("ben");
        try {
            openScenario(browser, "classroom-3.yaml");
            WebElement seconds = browser.findElement(By.id("round-seconds"));
            seconds.clear();
            seconds.sendKeys("600");
            browser.findElement(By.id("open-room")).click();
            waiting(browser).until(x -> !x.findElement(By.id("room-code")).getText().isEmpty());
            String code = browser.findElement(By.id("room-code")).getText();
            join(browser, code, "Ana", "North");
            join(ben, code, "Ben", "South");
            browser.findElement(By.id("room-start")).click();
            for (WebDriver d : List.of(browser, ben)) {
                waiting(d).until(x -> x.findElement(By.id("answer-button")).isEnabled()
                        && "running".equals(x.findElement(By.id("room-status")).getAttribute("data-state")));
            }
            browser.findElement(By.cssSelector("input[name=kind][value=accept]")).click();
            browser.findElement(By.id("answer-button")).click();
            ben.findElement(By.cssSelector("input[name=kind][value=object]")).click();
            ben.findElement(By.id("amend-ai-fund")).sendKeys("80");
            ben.findElement(By.id("answer-button")).click();
            for (WebDriver d : List.of(browser, ben)) {
                waiting(d).until(x -> "1".equals(x.findElement(By.id("room-transcript")).getAttribute("data-rounds")));
                String transcript = d.findElement(By.id("room-transcript")).getText();
                assertTrue(transcript.contains("North accept"), transcript);
                assertTrue(transcript.contains("South object"), transcript);
                assertTrue(transcript.contains("ai-fund → 80"), transcript);
                assertEquals("2", d.findElement(By.id("room-status")).getAttribute("data-round"));
            }
        } finally {
            ben.quit();
        }
    }

    private static void join(WebDriver d, String code, String name, String delegation) {
        if (!d.getCurrentUrl().startsWith(url())) {
            d.get(url());
        }
        waiting(d).until(x -> x.findElement(By.id("join-code")).isDisplayed());
        d.findElement(By.id("join-code")).sendKeys(code);
        d.findElement(By.id("join-name")).sendKeys(name);
        d.findElement(By.id("join-button")).click();
        By seat = By.cssSelector("#claim-list button[data-delegation='" + delegation + "']");
        waiting(d).until(x -> !x.findElements(seat).isEmpty());
        d.findElement(seat).click();
        waiting(d).until(x -> x.findElement(By.id("desk-title")).getText().contains(delegation));
    }
}
