package org.plenary.core.backtest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores pooled over all cases: each mean is over the cases (or clauses) where the quantity
 * exists, NaN when there is none.
 *
 * @param cases            number of cases
 * @param hits             cases where the model's most likely outcome was the observed one
 * @param meanProbability  mean probability given to the observed outcome
 * @param meanBrier        mean Brier score over cases
 * @param meanLogScore     mean log score over cases
 * @param meanError        per model, mean absolute error over the clauses of all cases that every model
 *                         forecast (the agent gives none for a clause no run adopted), so all models are
 *                         scored on the same clauses
 * @param scoredClauses    number of those clauses
 * @param bestModel        the model with the lowest mean absolute error
 * @param inBand           clauses whose observed position lies in the agent's 5–95% band
 * @param bandClauses      clauses with a band
 * @param meanVoteError    mean vote-count error over the cases decided by a recorded vote
 * @param voteCases        cases decided by a recorded vote with a modelled vote
 */
public record Pooled(int cases, int hits, double meanProbability, double meanBrier, double meanLogScore,
                     Map<ForecastModel, Double> meanError, int scoredClauses, ForecastModel bestModel, int inBand, int bandClauses,
                     double meanVoteError, int voteCases) {

    public Pooled {
        meanError = java.util.Collections.unmodifiableMap(new EnumMap<>(meanError));
    }

    /** Pools the scores of {@code scores}. */
    public static Pooled of(List<CaseScore> scores) {
        int hits = 0;
        int inBand = 0;
        int bandClauses = 0;
        List<Double> voteErrors = new ArrayList<>();
        for (CaseScore s : scores) {
            if (s.mostLikely() == s.scoredAs()) {
                hits++;
            }
            for (ClauseScore c : s.clauses()) {
                if (c.hasBand()) {
                    bandClauses++;
                    if (c.inBand()) {
                        inBand++;
                    }
                }
            }
            s.vote().map(VoteScore::countError).filter(e -> !e.isNaN()).ifPresent(voteErrors::add);
        }
        List<ClauseScore> common = scores.stream().flatMap(s -> s.clauses().stream())
                .filter(c -> c.forecasts().values().stream().noneMatch(v -> v.isNaN())).toList();
        Map<ForecastModel, Double> errors = new EnumMap<>(ForecastModel.class);
        ForecastModel best = null;
        for (ForecastModel m : ForecastModel.values()) {
            double e = mean(common.stream().mapToDouble(c -> c.error(m)).toArray());
            errors.put(m, e);
            if (!Double.isNaN(e) && (best == null || e < errors.get(best))) {
                best = m;
            }
        }
        return new Pooled(scores.size(), hits, mean(scores.stream().mapToDouble(CaseScore::probabilityObserved).toArray()),
                mean(scores.stream().mapToDouble(CaseScore::brier).toArray()),
                mean(scores.stream().mapToDouble(CaseScore::logScore).toArray()), errors, common.size(), best, inBand, bandClauses,
                mean(voteErrors.stream().mapToDouble(Double::doubleValue).toArray()), voteErrors.size());
    }

    /** Mean of the values that are not NaN; NaN when there is none. */
    static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
