package org.plenary.io.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.plenary.core.model.Clause;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;

/** The charts of one run: the draft of each clause per round with every delegation's ideal point. */
public final class RunCharts {

    /** Longest scale label shown on an axis; longer ones are cut with an ellipsis. */
    static final int LABEL_CHARS = 34;

    private RunCharts() {
    }

    /** The palette of a scenario: its negotiating delegations in id order. */
    public static Palette palette(Scenario scenario) {
        Negotiation g = new Negotiation(scenario);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < g.delegations(); i++) {
            ids.add(g.id(i));
        }
        return Palette.of(ids);
    }

    /** One positions-over-rounds chart per clause, named {@code positions-<clause id>}. */
    public static List<ChartImage> positions(Scenario scenario, RunResult run) {
        Palette palette = palette(scenario);
        List<ChartImage> charts = new ArrayList<>();
        for (int c = 0; c < scenario.clauses().size(); c++) {
            Clause clause = scenario.clauses().get(c);
            charts.add(new ChartImage("positions-" + Charts.fileStem(clause.id()),
                    "The draft of clause " + clause.id() + " per round, with every delegation's ideal point",
                    positions(scenario, run, c, palette)));
        }
        return charts;
    }

    /**
     * The draft of clause c per round (a gap where the clause is dropped) and, as dashed horizontal
     * lines in each delegation's colour, the ideal point of every delegation that cares about it.
     */
    public static XYChart positions(Scenario scenario, RunResult run, int c, Palette palette) {
        Clause clause = scenario.clauses().get(c);
        Negotiation g = new Negotiation(scenario);
        List<RoundRecord> rounds = run.transcript();
        int last = Math.max(2, rounds.size());
        XYChart chart = Charts.xy(Charts.shorten(clause.title(), 75),
                "round (the draft of clause " + Charts.shorten(clause.id(), 40) + " on the table)",
                "position on the 0–100 scale");
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        chart.getStyler().setXAxisMin(1.0).setXAxisMax((double) last);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(Charts.integerTicks(String::valueOf));
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> scaleTick(clause, y));
        chart.getStyler().setYAxisTickMarkSpacingHint(18);
        for (int i = 0; i < g.delegations(); i++) {
            if (g.salience(i, c) <= 0) {
                continue;
            }
            String id = g.id(i);
            double x = g.position(i, c);
            XYSeries s = chart.addSeries(String.format(Locale.ROOT, "%s ideal %s", id, number(x)),
                    new double[] {1, last}, new double[] {x, x});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setLineColor(palette.colour(id));
            s.setLineStyle(Charts.stroke(2f, true));
            s.setMarker(palette.marker(id));
            s.setMarkerColor(palette.colour(id));
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (RoundRecord r : rounds) {
            xs.add(r.round() + 1.0);
            ys.add(r.draft().isDropped(c) ? null : r.draft().position(c));
        }
        if (xs.isEmpty()) {
            xs.add(1.0);
            ys.add(run.finalText().isDropped(c) ? null : run.finalText().position(c));
        }
        if (ys.stream().anyMatch(y -> y != null)) {
            XYSeries draft = chart.addSeries("draft", xs, ys);
            draft.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            draft.setLineColor(Palette.DRAFT);
            draft.setLineStyle(Charts.stroke(3.5f, false));
            draft.setMarker(SeriesMarkers.CIRCLE);
            draft.setMarkerColor(Palette.DRAFT);
        }
        droppedNote(chart, rounds, c);
        return chart;
    }

    /** Notes where the chair dropped the clause, beside the last draft that held it. */
    private static void droppedNote(XYChart chart, List<RoundRecord> rounds, int c) {
        for (int r = 0; r + 1 < rounds.size(); r++) {
            if (!rounds.get(r).draft().isDropped(c) && rounds.get(r + 1).draft().isDropped(c)) {
                chart.addAnnotation(new AnnotationText("dropped after round " + (r + 1), r + 1.0,
                        rounds.get(r).draft().position(c) + 5, false));
            }
        }
    }

    /**
     * A y tick: the clause's scale label and the number where a label sits, the number alone at
     * multiples of 10, and nothing (a distinct invisible label, see {@link Charts#integerTicks}) between.
     */
    static String scaleTick(Clause clause, double y) {
        String n = number(y);
        for (var l : clause.scale()) {
            if (Math.abs(l.at() - y) < 1e-9) {
                return Charts.shorten(l.label(), LABEL_CHARS) + "  " + n;
            }
        }
        return Math.abs(y / 10 - Math.rint(y / 10)) < 1e-9 ? n
                : "\u200B".repeat((int) Math.max(1, Math.round(Math.abs(y) * 10) + 1));
    }

    static String number(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.1f", x);
    }
}
