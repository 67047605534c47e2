package org.plenary.experiment.montecarlo;

/**
 * How many runs, from which seed, on how many threads. The results do not depend on the thread count.
 *
 * @param runs    number of runs, ≥ 1
 * @param seed    seed of every random stream
 * @param threads worker threads, ≥ 1
 */
public record MonteCarloSettings(long runs, long seed, int threads) {

    public MonteCarloSettings {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1: " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
