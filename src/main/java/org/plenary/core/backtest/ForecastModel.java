package org.plenary.core.backtest;

/** The models a backtest scores: the agent-based protocol and the four classic baselines. */
public enum ForecastModel {
    /** The agent-based protocol: the median final position over the Monte Carlo runs that adopted a text. */
    AGENT("agent"),
    /** Compromise model (weighted mean). */
    COMPROMISE("compromise"),
    /** Weighted median ("median voter"). */
    WEIGHTED_MEDIAN("weighted_median"),
    /** Nash bargaining solution. */
    NASH("nash"),
    /** Bueno de Mesquita's expected-utility model. */
    EXPECTED_UTILITY("expected_utility");

    private final String key;

    ForecastModel(String key) {
        this.key = key;
    }

    /** The name used in JSON and CSV output. */
    public String key() {
        return key;
    }
}
