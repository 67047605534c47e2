/**
 * Reading history scenarios: an ordinary scenario plus an {@code observed} section, read by
 * {@link org.plenary.io.history.HistoryReader} into a {@link org.plenary.core.backtest.HistoryCase}.
 * The scenario part goes through the ordinary scenario reader, which skips {@code observed}; the
 * observed part is bound here into its own record.
 */
package org.plenary.io.history;
