package org.plenary.core.baseline;

import java.util.List;

/**
 * The Nash bargaining solution of a scenario, or why there is none.
 *
 * @param status     solved, or which fallback applies
 * @param text       the Nash text (one position per clause); the status-quo text under a fallback
 * @param bargainers ids of the delegations whose best achievable gain is positive (they enter the product)
 * @param excluded   ids of the delegations that cannot gain on their BATNA with any text (left out)
 * @param logProduct Σ log(U_i(text) − BATNA_i) over the bargainers; −∞ under a fallback
 */
public record NashSolution(Status status, double[] text, List<String> bargainers, List<String> excluded,
                           double logProduct) {

    /** Whether a Nash text was found, or which fallback applies. */
    public enum Status {
        /** A text giving every bargainer a positive gain exists; {@code text} maximises the product. */
        SOLVED,
        /**
         * No text gives every bargainer a positive gain (the Nash set is empty): the disagreement
         * point, the status-quo text, is reported.
         */
        EMPTY,
        /** No delegation can gain on its BATNA at all: the status-quo text is reported. */
        NO_BARGAINERS
    }

    public NashSolution {
        text = text.clone();
        bargainers = List.copyOf(bargainers);
        excluded = List.copyOf(excluded);
    }

    @Override
    public double[] text() {
        return text.clone();
    }

    /** Position of clause c in the reported text. */
    public double position(int c) {
        return text[c];
    }

    /** Whether a Nash text was found. */
    public boolean solved() {
        return status == Status.SOLVED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NashSolution s && status == s.status && java.util.Arrays.equals(text, s.text)
                && bargainers.equals(s.bargainers) && excluded.equals(s.excluded)
                && Double.compare(logProduct, s.logProduct) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(status, java.util.Arrays.hashCode(text), bargainers, excluded, logProduct);
    }

    @Override
    public String toString() {
        return "NashSolution[" + status + ", " + java.util.Arrays.toString(text) + ", bargainers=" + bargainers
                + ", excluded=" + excluded + ", logProduct=" + logProduct + "]";
    }
}
