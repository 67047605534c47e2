package org.plenary.io.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The chart shapes Plenary draws, with its readable defaults: 1000×600 pixels, a bold 18 px
 * title, 14 px axis titles and 13 px tick and legend labels, white background, light grid.
 * Estimates with asymmetric intervals (Wilson intervals, Sobol indices) are drawn as bars with
 * whiskers on an XY plot, so each interval keeps its own lower and upper end.
 */
public final class Charts {

    /** Default width in pixels. */
    public static final int WIDTH = 1000;
    /** Default height in pixels. */
    public static final int HEIGHT = 600;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color WHISKER = new Color(0x222222);

    /** Half the width of a bar, in category units. */
    private static final double BAR = 0.3;
    /** Half the width of a whisker's cap, in category units. */
    private static final double CAP = 0.08;

    private Charts() {
    }

    /** Makes AWT run without a display, unless the application chose otherwise before. */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static {
        headless();
    }

    /** A file name stem from free text: letters, digits, '.', '_' and '-' kept, the rest as '_'. */
    public static String fileStem(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(80).forEach(cp -> b.append(
                cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == '.') ? (char) cp : '_'));
        String s = b.toString();
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }

    /** The text cut to at most {@code max} characters, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    /** An empty XY chart with the house style. */
    static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChart(WIDTH, HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        style(chart.getStyler());
        chart.getStyler().setMarkerSize(8);
        return chart;
    }

    /** The house style of every chart with axes. */
    static void style(AxesChartStyler s) {
        s.setChartTitleFont(TITLE);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(LABEL);
        s.setLegendFont(LABEL);
        s.setAnnotationTextFont(LABEL);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(GRID);
        s.setPlotBorderColor(new Color(0x888888));
        s.setChartFontColor(Color.BLACK);
        s.setAxisTickLabelsColor(Color.BLACK);
        s.setLegendBorderColor(new Color(0xBBBBBB));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(12);
        s.setAntiAlias(true);
    }

    /** Formats a probability as a percentage for axes. */
    static String percent(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }

    /**
     * Horizontal bars with whiskers, one per estimate, the first at the top, each labelled on the
     * y axis. Categories go on the y axis so that long labels (clause ids, parameter paths) stay
     * horizontal and whole.
     *
     * @param colours  the fill colour of each bar
     * @param xMax     right end of the value axis (e.g. 1 for probabilities)
     * @param percent  whether the value is a probability shown in percent
     */
    static XYChart intervalBars(String title, String categoryTitle, String valueTitle, List<Estimate> estimates,
                                List<Color> colours, double xMax, boolean percent) {
        XYChart chart = xy(title, valueTitle, categoryTitle);
        List<String> labels = estimates.stream().map(Estimate::label).toList();
        categories(chart, labels);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(xMax);
        if (percent) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(Charts::percent);
        }
        for (int i = 0; i < estimates.size(); i++) {
            Estimate e = estimates.get(i);
            if (!Double.isFinite(e.value())) {
                continue;
            }
            bar(chart, "bar " + (i + 1), row(labels.size(), i), 0, e.value(), BAR, colours.get(i)).setShowInLegend(false);
        }
        whiskers(chart, "95% interval", estimates, 0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return chart;
    }

    /** The y of category i of n: the first at the top. */
    static double row(int n, int i) {
        return n - i;
    }

    /** Labels the y axis with category names at y = n (the first) … 1 (the last). */
    static void categories(XYChart chart, List<String> labels) {
        int n = labels.size();
        AxesChartStyler s = chart.getStyler();
        s.setYAxisMin(0.4).setYAxisMax(n + 0.6);
        s.setYAxisTickMarkSpacingHint(12);
        s.setPlotGridHorizontalLinesVisible(false);
        s.setAxisTicksMarksVisible(false);
        s.setyAxisTickLabelsFormattingFunction(integerTicks(i -> i >= 1 && i <= n ? labels.get((int) (n - i)) : null));
    }

    /**
     * A tick formatter that labels whole numbers only. XChart drops every label when two are
     * equal, so the ticks between whole numbers get distinct invisible labels (runs of zero-width
     * spaces) instead of one shared blank.
     *
     * @param label the label of a whole number, or {@code null} for none
     */
    static Function<Double, String> integerTicks(java.util.function.LongFunction<String> label) {
        return x -> {
            long i = Math.round(x);
            String l = Math.abs(x - i) < 1e-9 ? label.apply(i) : null;
            return l != null ? l : "\u200B".repeat((int) Math.max(1, Math.round(Math.abs(x) * 100) + 1));
        };
    }

    /** A filled horizontal bar from (from, y − half) to (to, y + half). */
    static XYSeries bar(XYChart chart, String name, double y, double from, double to, double half, Color colour) {
        XYSeries s = chart.addSeries(name, new double[] {from, to, to, from},
                new double[] {y - half, y - half, y + half, y + half});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(colour);
        s.setLineColor(colour.darker());
        s.setLineStyle(stroke(1f, false));
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** A filled vertical bar from (x − half, from) to (x + half, to). */
    static XYSeries column(XYChart chart, String name, double x, double from, double to, double half, Color colour) {
        XYSeries s = chart.addSeries(name, new double[] {x - half, x - half, x + half, x + half},
                new double[] {from, to, to, from});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(colour);
        s.setLineColor(colour.darker());
        s.setLineStyle(stroke(1f, false));
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** Horizontal whiskers with caps for each estimate's interval, on its category's row + offset. */
    static XYSeries whiskers(XYChart chart, String name, List<Estimate> estimates, double offset) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < estimates.size(); i++) {
            Estimate e = estimates.get(i);
            if (!Double.isFinite(e.lower()) || !Double.isFinite(e.upper())) {
                continue;
            }
            double y = row(estimates.size(), i) + offset;
            segment(xs, ys, e.lower(), y, e.upper(), y);
            segment(xs, ys, e.lower(), y - CAP, e.lower(), y + CAP);
            segment(xs, ys, e.upper(), y - CAP, e.upper(), y + CAP);
        }
        if (xs.isEmpty()) {
            return null;
        }
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(WHISKER);
        s.setLineStyle(stroke(2f, false));
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** Appends a line segment and a gap (a null y) to the points of a line series. */
    static void segment(List<Double> xs, List<Double> ys, double x1, double y1, double x2, double y2) {
        xs.add(x1);
        ys.add(y1);
        xs.add(x2);
        ys.add(y2);
        xs.add(x2);
        ys.add(null);
    }

    /** A line style: solid, or dashed when {@code dashed}. */
    static BasicStroke stroke(float width, boolean dashed) {
        return dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 5f}, 0f) : new BasicStroke(width);
    }

    /** A colour with the given opacity 0–255. */
    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
