package org.plenary.io.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.engine.local.LocalEngine;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.export.SimulationJson;
import org.plenary.io.export.SimulationReport;
import org.plenary.io.scenario.ScenarioReader;

/** The chart shapes on small hand-made inputs: recognised columns, sizes, files, colours. */
class ChartsTest {

    private static final Path THREE = Path.of("src/test/resources/cli/three-delegations.yaml");

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Distinct colours in the image: a blank or one-colour image has very few. */
    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    static void assertDrawn(ChartImage chart) throws IOException {
        BufferedImage image = decode(chart.png());
        assertEquals(Charts.WIDTH, image.getWidth(), chart.name());
        assertEquals(Charts.HEIGHT, image.getHeight(), chart.name());
        assertTrue(colours(image) > 20, chart.name() + ": " + colours(image) + " colours");
        // The chart has its frame: a white corner, and dark title text in the top rows (a heatmap built
        // without its theme once drew nothing but its cells over the whole image).
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, chart.name() + ": background at the corner");
        boolean dark = false;
        for (int y = 0; y < 45 && !dark; y++) {
            for (int x = 0; x < image.getWidth() && !dark; x++) {
                int rgb = image.getRGB(x, y);
                dark = ((rgb >> 16) & 0xFF) < 60 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60;
            }
        }
        assertTrue(dark, chart.name() + ": no title drawn");
        String svg = chart.svg();
        assertTrue(svg.startsWith("<?xml"), chart.name());
        assertTrue(svg.contains("<svg") && svg.contains("viewBox=\"0 0 1000 600\""), chart.name());
    }

    @Test
    void paletteGivesADelegationTheSameColourWhateverTheOrderOfIds() {
        Palette a = Palette.of(List.of("USA", "CHN", "EU"));
        Palette b = Palette.of(List.of("EU", "USA", "CHN", "EU"));
        for (String id : List.of("USA", "CHN", "EU")) {
            assertEquals(a.colour(id), b.colour(id), id);
        }
        // Ids in order CHN, EU, USA take the first three colours of the scheme.
        assertEquals(Palette.COLOURS.get(0), a.colour("CHN"));
        assertEquals(Palette.COLOURS.get(2), a.colour("USA"));
        assertEquals("#1f77b4", a.hex("CHN"));
    }

    @Test
    void paletteRepeatsColoursOnlyWithAnotherMarkerAndADashedLine() {
        List<String> ids = java.util.stream.IntStream.range(0, 22).mapToObj(i -> String.format("D%02d", i)).toList();
        Palette p = Palette.of(ids);
        assertEquals(20, ids.subList(0, 20).stream().map(p::colour).distinct().count());
        assertEquals(p.colour("D00"), p.colour("D20"));
        assertNotEquals(p.marker("D00"), p.marker("D20"));
        assertFalse(p.dashed("D19"));
        assertTrue(p.dashed("D20"));
    }

    @Test
    void everyFlagshipDelegationHasAColourOfItsOwnAndTheMainBlockersAreFarApart() {
        Scenario flagship = ScenarioReader.read(Path.of("scenarios/un-ai-dialogue-2026.yaml")).scenario().orElseThrow();
        List<String> ids = flagship.delegations().stream().map(d -> d.id()).toList();
        assertEquals(16, ids.size());
        Palette p = RunCharts.palette(flagship);
        // Blocker bars have nothing but their colour: all 16 must differ, and clearly so.
        assertEquals(ids.size(), ids.stream().map(p::colour).distinct().count(), "colours " + ids);
        for (String a : ids) {
            for (String b : ids) {
                if (a.compareTo(b) < 0) {
                    assertTrue(distance(p.colour(a), p.colour(b)) >= 50, a + " and " + b + " look alike");
                }
            }
        }
        assertTrue(distance(p.colour("CHN"), p.colour("USA")) >= 100, p.hex("CHN") + " vs " + p.hex("USA"));
        // Blockers-only palettes (what the blockers chart of a summary uses) keep them apart too.
        Palette blockers = Palette.of(List.of("USA", "CHN", "RUS", "G77"));
        assertNotEquals(blockers.colour("USA"), blockers.colour("CHN"));
    }

    @Test
    void noTwoOfTheGeneralAssemblysDelegationsShareColourAndMarker() {
        Scenario ga = ScenarioReader.read(Path.of("scenarios/un-ga-193.yaml")).scenario().orElseThrow();
        List<String> ids = ga.delegations().stream().map(d -> d.id()).toList();
        assertTrue(ids.size() > 150, "delegations: " + ids.size());
        Palette p = Palette.of(ids);
        assertEquals(ids.size(), ids.stream().map(id -> p.hex(id) + " " + p.marker(id).getClass().getSimpleName()
                + " " + p.dashed(id)).distinct().count());
    }

    @Test
    void thePagesOfServeUseTheSameColoursAsTheCharts() throws IOException {
        String js = Files.readString(Path.of("src/main/resources/org/plenary/web/assets/app.js"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("const PALETTE = \\[([^\\]]*)\\]").matcher(js);
        assertTrue(m.find(), "no PALETTE in app.js");
        List<String> page = java.util.Arrays.stream(m.group(1).split(",")).map(x -> x.strip().replace("'", "")
                .toLowerCase(java.util.Locale.ROOT)).toList();
        assertEquals(Palette.COLOURS.stream().map(c -> String.format("#%06x", c.getRGB() & 0xFFFFFF)).toList(), page);
    }

    @Test
    void aResultFileIsReadUpToItsLimitAndNoFurther(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("points.csv");
        Files.writeString(f, "0123456789abcdef");
        try (java.io.InputStream in = ResultInput.open(f, 16, "tables charted")) {
            assertEquals(16, in.readAllBytes().length, "exactly the limit is fine");
        }
        try (java.io.InputStream in = ResultInput.open(f, 15, "tables charted")) {
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, in::readAllBytes);
            assertEquals("points.csv is over the limit of 0 MB (15 bytes) for tables charted", e.getMessage());
        }
    }

    private static double distance(java.awt.Color a, java.awt.Color b) {
        int r = a.getRed() - b.getRed();
        int g = a.getGreen() - b.getGreen();
        int bl = a.getBlue() - b.getBlue();
        return Math.sqrt(r * r + g * g + bl * bl);
    }

    @Test
    void fileStemKeepsSafeCharactersOnly() {
        assertEquals("legal-nature", Charts.fileStem("legal-nature"));
        assertEquals("_.._etc_passwd", Charts.fileStem("../etc/passwd"));
        assertEquals("a_b_c", Charts.fileStem("a b<c"));
    }

    @Test
    void simulationSummaryReadsBackWhatSimulateWrites(@TempDir Path dir) throws Exception {
        Scenario s = ScenarioReader.read(THREE).scenario().orElseThrow();
        MonteCarloResult r = new MonteCarlo(s).run(new MonteCarloSettings(300, 1, 2));
        Path file = dir.resolve("summary.json");
        Files.writeString(file, SimulationJson.render(new SimulationReport(s, "x.yaml", "00", "local", "0", r)));
        SimulationSummary read = SimulationSummary.read(file);
        assertEquals(SimulationSummary.of(s.metadata().title(), r), read);
        List<ChartImage> charts = SimulationCharts.all(read, Palette.of(List.of("A", "B", "C")));
        assertEquals(List.of("outcomes", "blockers", "final-positions", "rounds"),
                charts.stream().map(ChartImage::name).toList());
        for (ChartImage c : charts) {
            assertDrawn(c);
        }
    }

    @Test
    void positionsChartHasTheDraftAndEveryIdealPoint() throws IOException {
        Scenario s = ScenarioReader.read(THREE).scenario().orElseThrow();
        RunResult run = new LocalEngine().negotiate(s, 1, 0, true);
        List<ChartImage> charts = RunCharts.positions(s, run);
        assertEquals(List.of("positions-c1", "positions-c2"), charts.stream().map(ChartImage::name).toList());
        XYChart c1 = (XYChart) charts.get(0).chart();
        assertEquals(Set.of("A ideal 10", "B ideal 70", "C ideal 40", "draft"), c1.getSeriesMap().keySet());
        // Consensus in round 3 (ProtocolHandComputedTest): the draft has one point per round.
        assertEquals(3, c1.getSeriesMap().get("draft").getXData().length);
        assertEquals(RunCharts.palette(s).colour("B"), c1.getSeriesMap().get("B ideal 70").getLineColor());
        assertDrawn(charts.get(0));
    }

    @Test
    void scaleTicksShowTheLabelWhereOneSits() {
        Scenario s = ScenarioReader.read(THREE).scenario().orElseThrow();
        assertEquals("none  0", RunCharts.scaleTick(s.clauses().get(0), 0));
        assertEquals("all  100", RunCharts.scaleTick(s.clauses().get(0), 100));
        assertEquals("40", RunCharts.scaleTick(s.clauses().get(0), 40));
    }

    @Test
    void sweepWithOneParameterIsALineWithABandPerProbability(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, """
                point,protocol.maxRounds,p_consensus,p_consensus_lower,p_consensus_upper,p_no_agreement,p_no_agreement_lower,p_no_agreement_upper,runs
                0,10,0.2,0.15,0.25,0.8,0.75,0.85,1000
                2,30,0.6,0.55,0.65,0.4,0.35,0.45,1000
                1,20,0.4,0.35,0.45,0.6,0.55,0.65,1000
                """);
        SweepCharts.Points p = SweepCharts.readPoints(csv);
        assertEquals(List.of("protocol.maxRounds"), p.parameters());
        assertEquals(List.of("p_consensus", "p_no_agreement"), p.metrics());
        List<ChartImage> charts = SweepCharts.all(p);
        assertEquals(List.of("sweep-protocol.maxRounds"), charts.stream().map(ChartImage::name).toList());
        XYChart chart = (XYChart) charts.get(0).chart();
        // Sorted by the parameter: 10, 20, 30.
        assertEquals(List.of(0.2, 0.4, 0.6), java.util.Arrays.stream(chart.getSeriesMap().get("p_consensus")
                .getYData()).boxed().toList());
        // The band goes up along the upper ends and back along the lower ends.
        assertEquals(6, chart.getSeriesMap().get("p_consensus 95% interval").getXData().length);
        assertDrawn(charts.get(0));
    }

    @Test
    void sweepWithTwoParametersAddsAHeatmap(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder("point,a,b,p_consensus,p_consensus_lower,p_consensus_upper\n");
        int id = 0;
        for (int a = 0; a < 3; a++) {
            for (int c = 0; c < 4; c++) {
                double p = (a + c) / 5.0;
                b.append(id++).append(',').append(a).append(',').append(c * 0.5).append(',').append(p).append(',')
                        .append(Math.max(0, p - 0.05)).append(',').append(Math.min(1, p + 0.05)).append('\n');
            }
        }
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, b);
        List<ChartImage> charts = SweepCharts.all(SweepCharts.readPoints(csv));
        assertEquals(List.of("sweep-a", "sweep-b", "heatmap-a-b"), charts.stream().map(ChartImage::name).toList());
        HeatMapChart heat = (HeatMapChart) charts.get(2).chart();
        assertEquals(12, heat.getHeatMapSeries().getHeatData().size());
        for (ChartImage c : charts) {
            assertDrawn(c);
        }
    }

    @Test
    void parameterPathsKeepTheirCaseInNamesAndTitles(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, """
                point,delegations.USA.clauses.legal-nature.position,p_consensus,p_consensus_lower,p_consensus_upper
                0,0.0,0.4,0.3,0.5
                1,50.0,0.2,0.1,0.3
                """);
        List<ChartImage> charts = SweepCharts.all(SweepCharts.readPoints(csv));
        assertEquals(List.of("sweep-delegations.USA.clauses.legal-nature.position"),
                charts.stream().map(ChartImage::name).toList());
        assertTrue(charts.get(0).chart().getTitle().contains("delegations.USA.clauses.legal-nature.position"),
                charts.get(0).chart().getTitle());
    }

    @Test
    void sensitivityIsSortedByTheTotalIndex(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("sensitivity.csv");
        Files.writeString(csv, """
                parameter,S1,S1_lower,S1_upper,ST,ST_lower,ST_upper
                delegations.USA.concession,0.10,0.05,0.15,0.20,0.15,0.25
                protocol.mediatorStep,0.50,0.45,0.55,0.60,0.52,0.68
                delegations.CHN.clauses.data-governance.position,0.01,-0.02,0.04,0.03,0.01,0.05
                """);
        assertTrue(SweepCharts.isSensitivity(CsvTable.header(csv)));
        assertFalse(SweepCharts.isPoints(CsvTable.header(csv)));
        List<SweepCharts.Sensitivity> rows = SweepCharts.readSensitivity(csv);
        assertEquals(new Estimate("protocol.mediatorStep", 0.5, 0.45, 0.55), rows.get(1).first());
        XYChart chart = SweepCharts.sensitivity(rows);
        // Sorted by ST: mediatorStep (0.60) on the top row (y = 3), then USA concession, then CHN position.
        assertEquals(3 - 0.2, chart.getSeriesMap().get("ST (total)").getYData()[0] + 0.18, 1e-9);
        assertEquals(0.6, chart.getSeriesMap().get("ST (total)").getXData()[1], 1e-12);
        assertDrawn(new ChartImage("sensitivity", "test", chart));
    }

    @Test
    void sensitivityShowsTheTwentyLargestTotalIndices() {
        List<SweepCharts.Sensitivity> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 108; i++) {
            // ST grows with i: the top 20 are p107 … p88.
            rows.add(new SweepCharts.Sensitivity("p" + i, new Estimate("p" + i, 0.001 * i, 0, 0.002 * i),
                    new Estimate("p" + i, 0.002 * i, 0.001 * i, 0.003 * i)));
        }
        XYChart chart = SweepCharts.sensitivity(rows);
        assertTrue(chart.getTitle().contains("the 20 of 108 inputs with the largest total Sobol index"), chart.getTitle());
        long bars = chart.getSeriesMap().keySet().stream().filter(k -> k.startsWith("ST")).count();
        assertEquals(20, bars);
        assertEquals(0.002 * 107, chart.getSeriesMap().get("ST (total)").getXData()[1], 1e-12);
    }

    @Test
    void resultsFolderChartsEveryRecognisedFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("points.csv"), """
                point,x,p_consensus,p_consensus_lower,p_consensus_upper
                0,1,0.2,0.1,0.3
                1,2,0.3,0.2,0.4
                """);
        Files.writeString(dir.resolve("sobol.csv"), "Parameter,S1,S1 lower,S1 upper,ST,ST lower,ST upper\nx,0.5,0.4,0.6,0.7,0.6,0.8\n");
        Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
        List<ChartImage> charts = ChartFiles.forResults(dir);
        // Beside a sensitivity table the points are its design's: no sweep charts for them.
        assertEquals(List.of("sobol"), charts.stream().map(ChartImage::name).toList());
        Files.delete(dir.resolve("sobol.csv"));
        assertEquals(List.of("sweep-x"), ChartFiles.forResults(dir).stream().map(ChartImage::name).toList());
        List<Path> written = ChartFiles.write(charts, dir.resolve("charts"), EnumSet.allOf(ChartFiles.Format.class));
        assertEquals(2, written.size());
        for (Path p : written) {
            assertTrue(Files.size(p) > 1000, p.toString());
        }
        assertEquals(List.of(), ChartFiles.forResults(Files.createDirectory(dir.resolve("empty"))));
    }

    @Test
    void svgIsReproducibleAndInlinesWithAnEscapedTitle() {
        Scenario s = ScenarioReader.read(THREE).scenario().orElseThrow();
        RunResult run = new LocalEngine().negotiate(s, 1, 0, true);
        ChartImage chart = RunCharts.positions(s, run).get(0);
        assertEquals(chart.svg(), RunCharts.positions(s, run).get(0).svg(), "no random ids");
        ChartImage hostile = new ChartImage("x", "<script>alert(1)</script> & co", chart.chart());
        String inline = hostile.inlineSvg();
        assertTrue(inline.startsWith("<svg"), inline.substring(0, 40));
        assertFalse(inline.contains("<script"));
        assertTrue(inline.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>"));
        assertTrue(inline.contains("width=\"100%\""));
        assertFalse(inline.contains("<text"), "XChart draws text as outlines");
    }
}
