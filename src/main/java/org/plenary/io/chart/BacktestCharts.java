package org.plenary.io.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.plenary.core.backtest.CaseScore;
import org.plenary.core.backtest.ForecastModel;
import org.plenary.core.backtest.Pooled;

/** The chart of a backtest: mean absolute error of each model, per case and pooled. */
public final class BacktestCharts {

    /** File name stem of the chart. */
    public static final String ERROR_BY_MODEL = "error-by-model";

    private BacktestCharts() {
    }

    /**
     * Grouped bars: one group per case and one for all cases pooled, one bar per model (the agent
     * model first), the height its mean absolute error on the 0–100 scale. A model without a forecast
     * for a case (the agent when no run adopted a text) has no bar there.
     */
    public static ChartImage errorByModel(List<CaseScore> cases, Pooled pooled) {
        CategoryChart chart = new CategoryChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
                .title("Backtest: mean absolute error of the final position, per case")
                .xAxisTitle("case").yAxisTitle("mean |forecast - adopted text| (0-100 scale)").build();
        Charts.style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
        // Case names are long: tilt them once more than three groups share the axis.
        chart.getStyler().setXAxisLabelRotation(cases.size() > 2 ? 12 : 0);
        chart.getStyler().setYAxisMin(0.0);
        List<Color> colours = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        cases.forEach(c -> groups.add(Charts.shorten(c.name(), 24)));
        groups.add("pooled");
        for (ForecastModel m : ForecastModel.values()) {
            List<Double> heights = new ArrayList<>();
            for (CaseScore c : cases) {
                heights.add(c.meanError(m));
            }
            heights.add(pooled.meanError().get(m));
            // XChart draws NaN as a gap.
            chart.addSeries(seriesName(m), groups, heights);
            colours.add(m == ForecastModel.AGENT ? Palette.DRAFT : Palette.COLOURS.get(m.ordinal() - 1));
        }
        chart.getStyler().setSeriesColors(colours.toArray(new Color[0]));
        return new ChartImage(ERROR_BY_MODEL, "Mean absolute error of the agent model and the four baselines,"
                + " per history case and pooled", chart);
    }

    private static String seriesName(ForecastModel m) {
        return switch (m) {
            case AGENT -> "agent model";
            case COMPROMISE -> "compromise";
            case WEIGHTED_MEDIAN -> "weighted median";
            case NASH -> "Nash bargaining";
            case EXPECTED_UTILITY -> "expected utility";
        };
    }
}
