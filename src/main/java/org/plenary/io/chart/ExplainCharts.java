package org.plenary.io.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.XYChart;

import org.plenary.core.explain.Explanation;
import org.plenary.core.explain.Flip;
import org.plenary.core.explain.Lever;
import org.plenary.core.model.Scenario;

/** The flip table of {@code plenary explain} as a chart: the change each delegation would need. */
public final class ExplainCharts {

    private ExplainCharts() {
    }

    /**
     * One horizontal bar per delegation that can flip the outcome by moving an ideal point or a red
     * line: the smallest such change in scale points, labelled with the input; smallest first. Empty
     * when no such change exists.
     */
    public static List<ChartImage> flips(Scenario scenario, Explanation e) {
        Map<String, Flip> best = new LinkedHashMap<>();
        for (Flip f : e.flips()) {
            if (f.lever() == Lever.SALIENCE || f.lever() == Lever.CONCESSION) {
                continue;
            }
            Flip b = best.get(f.delegationId());
            if (b == null || f.size() < b.size()) {
                best.put(f.delegationId(), f);
            }
        }
        if (best.isEmpty()) {
            return List.of();
        }
        List<Flip> sorted = new ArrayList<>(best.values());
        sorted.sort(java.util.Comparator.comparingDouble(Flip::size).thenComparing(Flip::delegationId));
        Palette palette = RunCharts.palette(scenario);
        List<Estimate> bars = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        double max = 0;
        for (Flip f : sorted) {
            bars.add(new Estimate(String.format(Locale.ROOT, "%s: %s %s (%+.1f)", f.delegationId(), f.clauseId(),
                    f.lever().field(), f.to() - f.from()), f.size(), Double.NaN, Double.NaN));
            colours.add(palette.colour(f.delegationId()));
            max = Math.max(max, f.size());
        }
        String to = e.result().outcome().adopted() ? "to end without agreement" : "to reach agreement";
        XYChart chart = Charts.intervalBars(Charts.shorten("Smallest change that flips the outcome " + to, 75),
                "delegation: input (change)", "change needed (scale points)", bars, colours,
                Math.max(1, Math.ceil(max * 1.1)), false);
        chart.getStyler().setLegendVisible(false);
        return List.of(new ChartImage("flips", "The smallest change of one ideal point or red line, per delegation, "
                + "that changes the outcome of the run", chart));
    }
}
