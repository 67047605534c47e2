package org.plenary.io.export;

import java.util.Locale;
import org.plenary.core.backtest.CaseScore;
import org.plenary.core.backtest.ClauseScore;
import org.plenary.core.backtest.ForecastModel;
import org.plenary.core.backtest.Pooled;
import org.plenary.core.backtest.VoteScore;

/**
 * The backtest as one tidy table: one measured value per row, columns
 * {@code case,clause,model,measure,value}; {@code case} is {@code pooled} for the pooled rows,
 * {@code clause} and {@code model} are empty where they do not apply, and {@code value} is empty for
 * a quantity that does not exist. Measures are listed in {@code docs/output-format.md}.
 */
public final class BacktestCsv {

    /** The header line. */
    public static final String HEADER = "case,clause,model,measure,value";

    private BacktestCsv() {
    }

    /** The table, header first, "\n" line ends. */
    public static String render(BacktestReport report) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (CaseScore c : report.cases()) {
            String n = c.name();
            row(b, n, "", "agent", "probability_observed", c.probabilityObserved());
            row(b, n, "", "agent", "brier", c.brier());
            row(b, n, "", "agent", "log_score", c.logScore());
            if (c.vote().isPresent()) {
                VoteScore v = c.vote().get();
                row(b, n, "", "", "vote_recorded_yes", v.observed().yes());
                row(b, n, "", "", "vote_recorded_no", v.observed().no());
                row(b, n, "", "", "vote_recorded_abstain", v.observed().abstain());
                row(b, n, "", "agent", "voted_share", v.votedShare());
                row(b, n, "", "agent", "vote_median_yes", v.medianYes());
                row(b, n, "", "agent", "vote_median_no", v.medianNo());
                row(b, n, "", "agent", "vote_count_error", v.countError());
            }
            for (ClauseScore cl : c.clauses()) {
                row(b, n, cl.clauseId(), "", "observed_position", cl.observed());
                for (ForecastModel m : ForecastModel.values()) {
                    row(b, n, cl.clauseId(), m.key(), "position", cl.forecasts().get(m));
                    row(b, n, cl.clauseId(), m.key(), "abs_error", cl.error(m));
                }
                row(b, n, cl.clauseId(), "agent", "p5", cl.p5());
                row(b, n, cl.clauseId(), "agent", "p95", cl.p95());
                row(b, n, cl.clauseId(), "agent", "in_band", cl.hasBand() ? (cl.inBand() ? 1 : 0) : Double.NaN);
            }
            for (ForecastModel m : ForecastModel.values()) {
                row(b, n, "", m.key(), "mean_abs_error", c.meanError(m));
            }
        }
        Pooled p = report.pooled();
        row(b, "pooled", "", "agent", "hits", p.hits());
        row(b, "pooled", "", "agent", "mean_probability_observed", p.meanProbability());
        row(b, "pooled", "", "agent", "mean_brier", p.meanBrier());
        row(b, "pooled", "", "agent", "mean_log_score", p.meanLogScore());
        row(b, "pooled", "", "agent", "in_band_share",
                p.bandClauses() == 0 ? Double.NaN : (double) p.inBand() / p.bandClauses());
        row(b, "pooled", "", "agent", "mean_vote_count_error", p.meanVoteError());
        for (ForecastModel m : ForecastModel.values()) {
            row(b, "pooled", "", m.key(), "mean_abs_error", p.meanError().get(m));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String caseName, String clause, String model, String measure, double value) {
        b.append(ForecastCsv.field(caseName)).append(',').append(ForecastCsv.field(clause)).append(',').append(model).append(',')
                .append(measure).append(',');
        if (!Double.isNaN(value)) {
            b.append(value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                    : String.format(Locale.ROOT, "%.6g", value));
        }
        b.append('\n');
    }
}
