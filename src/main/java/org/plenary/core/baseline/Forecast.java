package org.plenary.core.baseline;

/**
 * Every baseline model's forecast for one clause, on the 0–100 position scale.
 *
 * @param clauseId         the clause
 * @param compromise       compromise model: the weighted mean Σ w s x / Σ w s
 * @param weightedMedian   weighted median ("median voter") under the weights w·s
 * @param nash             the clause's position in the Nash bargaining text (the status quo when the
 *                         Nash set is empty or nobody can gain; see {@link NashSolution.Status})
 * @param expectedUtility  Bueno de Mesquita's expected-utility model: weighted median after the last round
 */
public record Forecast(String clauseId, double compromise, double weightedMedian, double nash,
                       double expectedUtility) {
}
