package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.engine.Engine;
import org.plenary.engine.local.LocalEngine;
import org.plenary.io.chart.ChartFiles;
import org.plenary.io.chart.ChartImage;
import org.plenary.io.chart.RunCharts;
import org.plenary.io.export.Manifest;
import org.plenary.io.export.ResultFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary chart RESULTS_DIR|SCENARIO}: PNG and SVG charts of results or of one run. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        header = "Draws PNG/SVG charts of a results folder or of one run.",
        description = "Draws charts as PNG and/or SVG. Of a results folder: from simulate's summary.json the "
            + "outcome probabilities, P(blocker) per delegation, the final position per clause and the "
            + "rounds used; from a sweep's points.csv the outcome against each parameter (and a heatmap "
            + "for two); from a sensitivity table the Sobol indices. Written into RESULTS_DIR/charts "
            + "unless --out. Of a scenario: plays it once (deterministically, with its seed) and draws "
            + "the draft of each clause per round with every delegation's ideal point, into "
            + "results/<scenario name>-charts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:invalid scenario, folder or options; nothing written"})
final class ChartCommand implements Callable<Integer> {

    /** Which image formats to write. */
    enum Format { png, svg, both }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR|SCENARIO",
            description = "A results folder (from simulate or sweep) or a scenario file.")
    Path input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "both",
            description = "png, svg or both (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder to write the charts into: new, empty or a charts folder of Plenary's (its "
                    + "manifest.json says so; files of the same name replaced); otherwise refused with exit code 2.")
    Path out;

    @Mixin
    ForceOption force;

    @Mixin
    SeedOption seed;

    @Mixin
    QuietOption quiet;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<ChartImage> charts;
        Path target;
        if (Files.isDirectory(input)) {
            try {
                charts = ChartFiles.forResults(input);
            } catch (IOException e) {
                throw new InputException(input + ": cannot chart: " + e.getMessage());
            }
            if (charts.isEmpty()) {
                throw new InputException(input + ": nothing to chart: expected summary.json (from simulate), "
                        + "a sweep's points.csv or a sensitivity table");
            }
            target = out != null ? out : input.resolve("charts");
        } else if (Files.isRegularFile(input)) {
            Scenario scenario = ScenarioFiles.load(input, stderr);
            long s = seed.or(scenario.seed());
            RunResult run;
            try (Engine engine = new LocalEngine()) {
                run = engine.negotiate(scenario, s, 0, true);
            }
            charts = new java.util.ArrayList<>(RunCharts.positions(scenario, run));
            charts.addAll(org.plenary.io.chart.ExplainCharts.flips(scenario,
                    org.plenary.core.explain.Explanation.of(scenario, s, 0, null)));
            target = out != null ? out : ScenarioFiles.defaultOutput(input, "-charts");
        } else {
            throw new InputException(input + ": no such file or folder");
        }
        Set<ChartFiles.Format> formats = switch (format) {
            case png -> EnumSet.of(ChartFiles.Format.PNG);
            case svg -> EnumSet.of(ChartFiles.Format.SVG);
            case both -> EnumSet.allOf(ChartFiles.Format.class);
        };
        Path folder = ResultFolder.claim(target, force.force(), ResultFolder.Contents.CHARTS);
        List<Path> written = ChartFiles.write(charts, folder, formats);
        ChartFiles.writeManifest(folder, Version.current(), Manifest.path(input));
        if (!quiet.quiet()) {
            for (Path p : written) {
                stdout.println(target.resolve(p.getFileName()));
            }
            stdout.flush();
        }
        return ExitCode.OK;
    }
}
