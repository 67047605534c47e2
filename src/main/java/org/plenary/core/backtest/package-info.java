/**
 * Backtests: what a past negotiation actually produced ({@link org.plenary.core.backtest.Observed}),
 * kept apart from the {@link org.plenary.core.model.Scenario} the model reads, and the scores that
 * compare the model's forecast with it ({@link org.plenary.core.backtest.Scores}).
 *
 * <p>A {@link org.plenary.core.backtest.HistoryCase} pairs the two; nothing in this package is ever
 * passed to the protocol, so the record of the outcome cannot leak into the forecast.
 */
package org.plenary.core.backtest;
