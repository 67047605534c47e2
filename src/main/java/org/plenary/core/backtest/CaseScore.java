package org.plenary.core.backtest;

import java.util.List;
import java.util.Optional;
import org.plenary.core.protocol.Outcome;

/**
 * The scores of one history case.
 *
 * @param name          the case
 * @param title         the scenario's title
 * @param observed      the observed outcome class
 * @param scoredAs      the protocol outcome it is scored as ({@link OutcomeMapping})
 * @param note          why {@code scoredAs} differs from {@code observed}, or empty
 * @param runs          Monte Carlo runs
 * @param seed          seed of the runs
 * @param probabilities the model's share of runs per protocol outcome, indexed by {@link Outcome#ordinal()}
 * @param clauses       per clause, in the scenario's order
 * @param vote          the vote comparison, when the observed outcome was a recorded vote
 */
public record CaseScore(String name, String title, ObservedOutcome observed, Outcome scoredAs, String note, long runs,
                        long seed, double[] probabilities, List<ClauseScore> clauses, Optional<VoteScore> vote) {

    public CaseScore {
        probabilities = probabilities.clone();
        clauses = List.copyOf(clauses);
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The probability the model gave to the observed outcome class. */
    public double probabilityObserved() {
        return probabilities[scoredAs.ordinal()];
    }

    /** Brier score over the protocol's outcomes. */
    public double brier() {
        return Scores.brier(probabilities, scoredAs.ordinal());
    }

    /** Log score of the observed class. */
    public double logScore() {
        return Scores.logScore(probabilityObserved(), runs);
    }

    /** The outcome the model found most likely (the first in enum order on a tie). */
    public Outcome mostLikely() {
        Outcome best = Outcome.values()[0];
        for (Outcome o : Outcome.values()) {
            if (probabilities[o.ordinal()] > probabilities[best.ordinal()]) {
                best = o;
            }
        }
        return best;
    }

    /** Mean absolute error of {@code model} over the clauses it forecast (NaN when none). */
    public double meanError(ForecastModel model) {
        return Pooled.mean(clauses.stream().mapToDouble(c -> c.error(model)).toArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseScore c && name.equals(c.name) && title.equals(c.title) && observed == c.observed
                && scoredAs == c.scoredAs && note.equals(c.note) && runs == c.runs && seed == c.seed
                && java.util.Arrays.equals(probabilities, c.probabilities) && clauses.equals(c.clauses)
                && vote.equals(c.vote);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, seed, java.util.Arrays.hashCode(probabilities), clauses);
    }

    @Override
    public String toString() {
        return "CaseScore[" + name + ", " + observed + ", p=" + java.util.Arrays.toString(probabilities) + ", "
                + clauses + ", " + vote + "]";
    }
}
