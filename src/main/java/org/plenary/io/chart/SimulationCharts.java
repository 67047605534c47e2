package org.plenary.io.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The charts of a Monte Carlo experiment: outcomes, blockers, final positions, rounds used. */
public final class SimulationCharts {

    /** Colours of consensus, adoption by vote and no agreement (from Paul Tol's muted scheme). */
    static final List<Color> OUTCOME_COLOURS = List.of(new Color(0x117733), new Color(0x88CCEE),
            new Color(0xCC6677));

    private SimulationCharts() {
    }

    /** Every chart of the summary, in reading order. */
    public static List<ChartImage> all(SimulationSummary s, Palette palette) {
        List<ChartImage> charts = new ArrayList<>();
        charts.add(new ChartImage("outcomes", "P(consensus), P(adopted by vote) and P(no agreement) with their "
                + "95% Wilson intervals", outcomes(s)));
        if (!s.blockers().isEmpty()) {
            charts.add(new ChartImage("blockers", "P(blocker) per delegation with 95% Wilson intervals",
                    blockers(s, palette)));
        }
        if (!s.clauses().isEmpty()) {
            charts.add(new ChartImage("final-positions", "Final position per clause over the runs that adopted it: "
                    + "5–95% range, median and mean", finalPositions(s)));
        }
        if (s.roundsCounts().size() > 1) {
            charts.add(new ChartImage("rounds", "Share of runs by the number of rounds used", rounds(s)));
        }
        return charts;
    }

    /** P(consensus), P(adopted by vote), P(no agreement) as bars with their intervals. */
    public static XYChart outcomes(SimulationSummary s) {
        return Charts.intervalBars(String.format(Locale.ROOT, "Outcomes over %,d runs", s.runs()), "outcome",
                "probability (95% Wilson interval)", s.outcomes(), OUTCOME_COLOURS, 1.0, true);
    }

    /** P(blocker) per delegation, in the delegation's colour. */
    public static XYChart blockers(SimulationSummary s, Palette palette) {
        List<Color> colours = s.blockers().stream().map(e -> palette.colour(e.label())).toList();
        double top = s.blockers().stream().mapToDouble(e -> Double.isFinite(e.upper()) ? e.upper() : e.value())
                .filter(Double::isFinite).max().orElse(1);
        return Charts.intervalBars(String.format(Locale.ROOT, "Who blocks: P(blocker) over %,d runs", s.runs()),
                "delegation", "P(did not accept the last draft)", s.blockers(), colours, niceTop(top), true);
    }

    /** Per clause: the 5–95% range of the final position as a bar, the median as a tick, the mean as a dot. */
    public static XYChart finalPositions(SimulationSummary s) {
        XYChart chart = Charts.xy("Final position per clause (runs that adopted a text with the clause)",
                "position on the clause's 0–100 scale", "clause");
        List<Spread> clauses = s.clauses();
        int n = clauses.size();
        Charts.categories(chart, clauses.stream().map(sp -> sp.survives() < 0.995 && Double.isFinite(sp.survives())
                ? sp.clause() + " (in text in " + Charts.percent(sp.survives()) + " of runs)" : sp.clause()).toList());
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(100.0);
        Color fill = new Color(0xBBCCEE);
        List<Double> mx = new ArrayList<>();
        List<Double> my = new ArrayList<>();
        List<Double> medX = new ArrayList<>();
        List<Double> medY = new ArrayList<>();
        boolean first = true;
        for (int c = 0; c < n; c++) {
            Spread sp = clauses.get(c);
            double y = Charts.row(n, c);
            if (Double.isFinite(sp.p5()) && Double.isFinite(sp.p95())) {
                XYSeries bar = Charts.bar(chart, first ? "5–95% of runs" : "range " + c, y,
                        Math.min(sp.p5(), sp.p95() - 0.3), Math.max(sp.p95(), sp.p5() + 0.3), 0.3, fill);
                bar.setShowInLegend(first);
                first = false;
            }
            if (Double.isFinite(sp.p50())) {
                Charts.segment(medX, medY, sp.p50(), y - 0.3, sp.p50(), y + 0.3);
            }
            if (Double.isFinite(sp.mean())) {
                mx.add(sp.mean());
                my.add(y);
            }
        }
        if (!medX.isEmpty()) {
            XYSeries med = chart.addSeries("median", medX, medY);
            med.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            med.setLineColor(new Color(0x332288));
            med.setLineStyle(Charts.stroke(3f, false));
            med.setMarker(SeriesMarkers.NONE);
        }
        if (!mx.isEmpty()) {
            XYSeries mean = chart.addSeries("mean", mx, my);
            mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            mean.setMarker(SeriesMarkers.DIAMOND);
            mean.setMarkerColor(new Color(0xCC6677));
        }
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return chart;
    }

    /** The share of runs by rounds used, as bars. */
    public static XYChart rounds(SimulationSummary s) {
        XYChart chart = Charts.xy("Rounds used", "rounds played (the consensus round counts)", "share of runs");
        List<Long> counts = s.roundsCounts();
        int last = counts.size() - 1;
        chart.getStyler().setXAxisMin(0.4).setXAxisMax(last + 0.6);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(Charts.integerTicks(String::valueOf));
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(Charts::percent);
        chart.getStyler().setLegendVisible(false);
        long total = counts.stream().mapToLong(Long::longValue).sum();
        Color fill = new Color(0x44AA99);
        double max = 0;
        for (int t = 1; t <= last; t++) {
            double share = total == 0 ? 0 : (double) counts.get(t) / total;
            max = Math.max(max, share);
            if (share > 0) {
                Charts.column(chart, "rounds " + t, t, 0, share, 0.4, fill);
            }
        }
        chart.getStyler().setYAxisMax(niceTop(max));
        return chart;
    }

    /** A top for a probability axis: the next tenth above {@code max}, at most 1. */
    static double niceTop(double max) {
        return Math.min(1.0, Math.max(0.1, Math.ceil(max * 10 + 1e-9) / 10));
    }
}
