package org.plenary.core.backtest;

import java.util.EnumMap;
import java.util.Map;

/**
 * How each model placed one clause against the adopted text.
 *
 * @param clauseId  the clause
 * @param observed  the adopted text's position
 * @param forecasts each model's forecast position; the agent's is the median over runs that adopted a
 *                  text with the clause (NaN when no run did)
 * @param p5        5% quantile of the agent's final position over those runs (NaN when none)
 * @param p95       95% quantile
 */
public record ClauseScore(String clauseId, double observed, Map<ForecastModel, Double> forecasts, double p5,
                          double p95) {

    public ClauseScore {
        forecasts = java.util.Collections.unmodifiableMap(new EnumMap<>(forecasts));
    }

    /** |forecast − observed| of {@code model}; NaN when the model gave no forecast. */
    public double error(ForecastModel model) {
        return Math.abs(forecasts.get(model) - observed);
    }

    /** Whether the observed position lies inside the agent's 5–95% band (ends included). */
    public boolean inBand() {
        return observed >= p5 && observed <= p95;
    }

    /** Whether the agent gave a band at all (some run adopted a text with the clause). */
    public boolean hasBand() {
        return !Double.isNaN(p5) && !Double.isNaN(p95);
    }
}
