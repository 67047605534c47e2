package org.plenary.io.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of a sweep's {@code points.csv} and of a sensitivity table.
 *
 * <p>{@code points.csv} conventions: the first column identifies the point; the parameter columns
 * follow, up to the first metric; a metric is a column {@code m} for which {@code m_lower} and
 * {@code m_upper} also exist (e.g. {@code p_consensus}, {@code p_consensus_lower},
 * {@code p_consensus_upper}). With one parameter each probability metric is drawn against it with
 * its interval as a band; with two, P(consensus) is also drawn as a heatmap over both; with more,
 * each parameter gets a scatter chart of P(consensus) with interval whiskers.
 *
 * <p>Sensitivity table conventions: columns {@code parameter}, {@code S1}, {@code S1_lower},
 * {@code S1_upper}, {@code ST}, {@code ST_lower}, {@code ST_upper} (case and the separator of
 * "lower"/"upper" do not matter); drawn as bars sorted by the total index, with whiskers.
 */
public final class SweepCharts {

    /** The metric drawn when there are several parameters. */
    static final String MAIN_METRIC = "p_consensus";

    /** Colours of metrics by name; others take the palette's colours. */
    private static Color metricColour(String metric, int i) {
        return switch (metric) {
            case "p_consensus" -> SimulationCharts.OUTCOME_COLOURS.get(0);
            case "p_adopted_by_vote", "p_adopted" -> new Color(0x332288);
            case "p_no_agreement" -> SimulationCharts.OUTCOME_COLOURS.get(2);
            default -> Palette.COLOURS.get(i % Palette.COLOURS.size());
        };
    }

    /** Viridis, sampled at five points: perceptually uniform and readable by colour-blind readers. */
    static final Color[] SEQUENTIAL = {new Color(0x440154), new Color(0x3B528B), new Color(0x21918C),
        new Color(0x5EC962), new Color(0xFDE725)};

    private SweepCharts() {
    }

    /** The table of a sweep. */
    public record Points(List<String> parameters, List<String> metrics, CsvTable table) {

        /** Values of a column, row by row (NaN where missing). */
        double[] values(String column) {
            int c = table.column(column);
            double[] v = new double[table.rows().size()];
            for (int r = 0; r < v.length; r++) {
                v[r] = table.number(r, c);
            }
            return v;
        }
    }

    /** Whether a CSV header looks like a sweep's points table. */
    public static boolean isPoints(List<String> header) {
        return header.contains(MAIN_METRIC) && header.contains(MAIN_METRIC + "_lower")
                && header.contains(MAIN_METRIC + "_upper");
    }

    /** Inputs shown in the sensitivity chart: those with the largest total index. */
    public static final int TOP = 20;

    /** Whether a CSV header looks like a sensitivity table. */
    public static boolean isSensitivity(List<String> header) {
        return header.contains("parameter") && header.contains("s1") && header.contains("st");
    }

    /** Reads a points table. */
    public static Points readPoints(Path file) throws IOException {
        CsvTable t = CsvTable.read(file);
        List<String> cols = t.columns();
        List<String> metrics = new ArrayList<>();
        for (String c : cols) {
            if (cols.contains(c + "_lower") && cols.contains(c + "_upper")) {
                metrics.add(c);
            }
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 1; i < cols.size(); i++) {
            String c = cols.get(i);
            if (metrics.contains(c) || c.endsWith("_lower") || c.endsWith("_upper")) {
                break;
            }
            parameters.add(t.names().get(i));
        }
        if (metrics.isEmpty()) {
            throw new IOException(file + ": no metric with _lower and _upper columns");
        }
        return new Points(parameters, metrics, t);
    }

    /** Every chart of a points table. */
    public static List<ChartImage> all(Points p) {
        List<ChartImage> charts = new ArrayList<>();
        List<String> probabilities = p.metrics().stream().filter(m -> m.startsWith("p_")).toList();
        List<String> drawn = probabilities.isEmpty() ? List.of(p.metrics().get(0)) : probabilities;
        if (p.parameters().size() == 1) {
            String x = p.parameters().get(0);
            charts.add(new ChartImage("sweep-" + Charts.fileStem(x), "Outcome probabilities against " + x
                    + " with 95% interval bands", against(p, x, drawn, true)));
        } else {
            String metric = p.metrics().contains(MAIN_METRIC) ? MAIN_METRIC : drawn.get(0);
            for (String x : p.parameters()) {
                charts.add(new ChartImage("sweep-" + Charts.fileStem(x), metric + " against " + x
                        + " at every sweep point, with 95% intervals", against(p, x, List.of(metric), false)));
            }
            if (p.parameters().size() == 2) {
                String x = p.parameters().get(0);
                String y = p.parameters().get(1);
                charts.add(new ChartImage("heatmap-" + Charts.fileStem(x) + "-" + Charts.fileStem(y),
                        metric + " over " + x + " and " + y, heatmap(p, x, y, metric)));
            }
        }
        return charts;
    }

    /**
     * Metrics against one parameter: with {@code band} a line through the points sorted by the
     * parameter and the interval as a translucent band; otherwise markers with whiskers.
     */
    public static XYChart against(Points p, String parameter, List<String> metrics, boolean band) {
        boolean probability = metrics.stream().allMatch(m -> m.startsWith("p_"));
        XYChart chart = Charts.xy((probability ? "Outcome probability" : metrics.get(0)) + " against " + parameter,
                parameter, probability ? "probability (95% interval)" : metrics.get(0) + " (95% interval)");
        if (probability) {
            chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
            chart.getStyler().setyAxisTickLabelsFormattingFunction(Charts::percent);
        }
        double[] xs = p.values(parameter);
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> xs[i]));
        for (int m = 0; m < metrics.size(); m++) {
            String metric = metrics.get(m);
            Color colour = metricColour(metric, m);
            double[] v = p.values(metric);
            double[] lo = p.values(metric + "_lower");
            double[] hi = p.values(metric + "_upper");
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<Double> bandX = new ArrayList<>();
            List<Double> bandY = new ArrayList<>();
            List<Double> wx = new ArrayList<>();
            List<Double> wy = new ArrayList<>();
            for (int i : order) {
                if (Double.isFinite(xs[i]) && Double.isFinite(v[i])) {
                    x.add(xs[i]);
                    y.add(v[i]);
                    if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                        bandX.add(xs[i]);
                        bandY.add(hi[i]);
                        Charts.segment(wx, wy, xs[i], lo[i], xs[i], hi[i]);
                    }
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            if (band && bandX.size() > 1) {
                for (int k = order.length - 1; k >= 0; k--) {
                    int i = order[k];
                    if (Double.isFinite(xs[i]) && Double.isFinite(v[i]) && Double.isFinite(lo[i])
                            && Double.isFinite(hi[i])) {
                        bandX.add(xs[i]);
                        bandY.add(lo[i]);
                    }
                }
                XYSeries b = chart.addSeries(metric + " 95% interval", bandX, bandY);
                b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                b.setFillColor(Charts.translucent(colour, 60));
                b.setLineColor(Charts.translucent(colour, 90));
                b.setMarker(SeriesMarkers.NONE);
            } else if (!wx.isEmpty()) {
                XYSeries w = chart.addSeries(metric + " 95% interval", wx, wy);
                w.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                w.setLineColor(Charts.translucent(colour, 140));
                w.setLineWidth(1.5f);
                w.setMarker(SeriesMarkers.NONE);
            }
            XYSeries s = chart.addSeries(metric, x, y);
            s.setXYSeriesRenderStyle(band ? XYSeries.XYSeriesRenderStyle.Line : XYSeries.XYSeriesRenderStyle.Scatter);
            s.setLineColor(colour);
            s.setLineStyle(Charts.stroke(2.5f, false));
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(colour);
        }
        return chart;
    }

    /**
     * A metric over two parameters. On a grid (at most 30 distinct values of each) every cell is
     * one parameter pair, the mean of its points; otherwise both ranges are cut into 10 bins.
     */
    public static HeatMapChart heatmap(Points p, String xParam, String yParam, String metric) {
        double[] xs = p.values(xParam);
        double[] ys = p.values(yParam);
        double[] v = p.values(metric);
        Axis xa = Axis.of(xs);
        Axis ya = Axis.of(ys);
        double[][] sum = new double[xa.size()][ya.size()];
        int[][] count = new int[xa.size()][ya.size()];
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i]) && Double.isFinite(v[i])) {
                int a = xa.index(xs[i]);
                int b = ya.index(ys[i]);
                sum[a][b] += v[i];
                count[a][b]++;
            }
        }
        List<Number[]> cells = new ArrayList<>();
        for (int a = 0; a < xa.size(); a++) {
            for (int b = 0; b < ya.size(); b++) {
                if (count[a][b] > 0) {
                    cells.add(new Number[] {a, b, sum[a][b] / count[a][b]});
                }
            }
        }
        // Through the builder: HeatMapChart(width, height) leaves the styler without its theme, and
        // then nothing but the cells is drawn (no title, axes or colour scale).
        HeatMapChart chart = new HeatMapChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
                .title(metric + " over " + xParam + " and " + yParam)
                .xAxisTitle(xParam + (xa.binned() ? " (binned)" : ""))
                .yAxisTitle(yParam + (ya.binned() ? " (binned)" : "")).build();
        Charts.style(chart.getStyler());
        chart.getStyler().setRangeColors(SEQUENTIAL);
        boolean probability = metric.startsWith("p_");
        if (probability) {
            chart.getStyler().setMin(0).setMax(1);
        }
        chart.getStyler().setShowValue(cells.size() <= 150);
        chart.getStyler().setHeatMapValueDecimalPattern("0.00");
        chart.getStyler().setValueFont(Charts.LABEL);
        chart.getStyler().setValueFontColor(Color.WHITE);
        chart.getStyler().setPlotContentSize(1.0);
        chart.addSeries(metric, xa.labels(), ya.labels(), cells);
        return chart;
    }

    /** The cells of one heatmap axis: distinct values on a grid, or 10 equal bins. */
    record Axis(List<Double> values, double min, double width, int bins) {

        static Axis of(double[] data) {
            TreeSet<Double> distinct = new TreeSet<>();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double d : data) {
                if (Double.isFinite(d)) {
                    distinct.add(d);
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
            if (distinct.size() <= 30) {
                return new Axis(new ArrayList<>(distinct), 0, 0, 0);
            }
            return new Axis(List.of(), min, (max - min) / 10, 10);
        }

        boolean binned() {
            return bins > 0;
        }

        int size() {
            return binned() ? bins : Math.max(1, values.size());
        }

        int index(double x) {
            if (binned()) {
                return width <= 0 ? 0 : (int) Math.min(bins - 1, Math.floor((x - min) / width));
            }
            return Math.max(0, values.indexOf(x));
        }

        List<String> labels() {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                labels.add(binned() ? RunCharts.number(min + (i + 0.5) * width) : format(values.isEmpty() ? 0 : values.get(i)));
            }
            return labels;
        }

        private static String format(double x) {
            return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x)
                    : String.format(Locale.ROOT, "%.4g", x);
        }
    }

    /** One input's Sobol indices. */
    public record Sensitivity(String parameter, Estimate first, Estimate total) {
    }

    /** Reads a sensitivity table. */
    public static List<Sensitivity> readSensitivity(Path file) throws IOException {
        CsvTable t = CsvTable.read(file);
        int name = t.column("parameter");
        if (name < 0 || t.column("s1") < 0 || t.column("st") < 0) {
            throw new IOException(file + ": expected the columns parameter, S1 and ST");
        }
        List<Sensitivity> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            String param = t.text(r, name);
            out.add(new Sensitivity(param, index(t, r, param, "s1"), index(t, r, param, "st")));
        }
        return out;
    }

    private static Estimate index(CsvTable t, int r, String label, String column) {
        return new Estimate(label, t.number(r, t.column(column)), t.number(r, t.column(column + "_lower")),
                t.number(r, t.column(column + "_upper")));
    }

    /** First-order and total Sobol indices per input, sorted by the total index, largest first. */
    public static XYChart sensitivity(List<Sensitivity> indices) {
        List<Sensitivity> sorted = new ArrayList<>(indices);
        sorted.sort(Comparator.comparingDouble((Sensitivity s) -> Double.isFinite(s.total().value())
                ? s.total().value() : Double.NEGATIVE_INFINITY).reversed());
        // More than a screenful of bars cannot be read; the table keeps every input.
        if (sorted.size() > TOP) {
            sorted = new ArrayList<>(sorted.subList(0, TOP));
        }
        XYChart chart = Charts.xy(indices.size() > TOP
                ? "What drives the outcome: the " + TOP + " of " + indices.size() + " inputs with the largest total "
                    + "Sobol index (all in the CSV)"
                : "What drives the outcome: Sobol sensitivity indices",
                "share of the output's variance (95% interval)", "input");
        int n = sorted.size();
        Charts.categories(chart, sorted.stream().map(Sensitivity::parameter).toList());
        double top = 0;
        double bottom = 0;
        Color s1 = new Color(0x332288);
        Color st = new Color(0x88CCEE);
        for (int i = 0; i < sorted.size(); i++) {
            Sensitivity s = sorted.get(i);
            for (Estimate e : List.of(s.first(), s.total())) {
                for (double d : new double[] {e.value(), e.lower(), e.upper()}) {
                    if (Double.isFinite(d)) {
                        top = Math.max(top, d);
                        bottom = Math.min(bottom, d);
                    }
                }
            }
            if (Double.isFinite(s.first().value())) {
                Charts.bar(chart, i == 0 ? "S1 (first order)" : "S1 " + i, Charts.row(n, i) + 0.2, 0,
                        s.first().value(), 0.18, s1)
                        .setShowInLegend(i == 0);
            }
            if (Double.isFinite(s.total().value())) {
                Charts.bar(chart, i == 0 ? "ST (total)" : "ST " + i, Charts.row(n, i) - 0.2, 0,
                        s.total().value(), 0.18, st)
                        .setShowInLegend(i == 0);
            }
        }
        Charts.whiskers(chart, "95% interval", sorted.stream().map(Sensitivity::first).toList(), 0.2);
        XYSeries totalWhiskers = Charts.whiskers(chart, "95% interval (ST)",
                sorted.stream().map(Sensitivity::total).toList(), -0.2);
        if (totalWhiskers != null) {
            totalWhiskers.setShowInLegend(false);
        }
        chart.getStyler().setXAxisMin(Math.min(0, Math.floor(bottom * 10) / 10));
        chart.getStyler().setXAxisMax(Math.max(0.1, Math.ceil(top * 10 + 1e-9) / 10));
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        return chart;
    }
}
