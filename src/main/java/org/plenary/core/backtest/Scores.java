package org.plenary.core.backtest;

/**
 * Proper scoring rules for a forecast of the outcome class (docs/design.md, "Backtests").
 */
public final class Scores {

    private Scores() {
    }

    /**
     * Brier score of a forecast over K classes: Σ_k (p_k − o_k)², with o_k = 1 for the observed
     * class and 0 otherwise. 0 is a perfect forecast, 2 the worst possible.
     *
     * @param probabilities the forecast, one probability per class, summing to 1
     * @param observed      index of the observed class
     */
    public static double brier(double[] probabilities, int observed) {
        double sum = 0;
        for (int k = 0; k < probabilities.length; k++) {
            double d = probabilities[k] - (k == observed ? 1 : 0);
            sum += d * d;
        }
        return sum;
    }

    /**
     * Logarithmic score −ln p of the probability given to the observed class (0 is perfect). A
     * probability estimated from {@code runs} runs as 0 is taken as 1/(2·runs), half a run, so the
     * score stays finite and still grows with the number of runs that missed.
     */
    public static double logScore(double probability, long runs) {
        return -Math.log(Math.max(probability, 1.0 / (2.0 * runs)));
    }
}
