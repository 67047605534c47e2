package org.plenary.io.export;

import java.util.Locale;
import org.plenary.core.backtest.CaseScore;
import org.plenary.core.backtest.ClauseScore;
import org.plenary.core.backtest.ForecastModel;
import org.plenary.core.backtest.Pooled;
import org.plenary.core.backtest.VoteScore;
import org.plenary.core.protocol.Outcome;

/** The backtest as text tables for the terminal: outcome scores, votes, clause errors, pooled. */
public final class BacktestText {

    private BacktestText() {
    }

    /** The report as text, ending with a newline. */
    public static String render(BacktestReport report) {
        StringBuilder b = new StringBuilder();
        long runs = report.cases().isEmpty() ? 0 : report.cases().get(0).runs();
        int width = Math.max(24, report.cases().stream().mapToInt(c -> c.name().length()).max().orElse(0) + 2);
        int clauseWidth = Math.max(8, report.cases().stream().flatMap(c -> c.clauses().stream())
                .mapToInt(c -> c.clauseId().length()).max().orElse(0));
        b.append(String.format(Locale.ROOT, "Backtest of %d cases, %d Monte Carlo runs each%n%n",
                report.cases().size(), runs));
        b.append("Outcome class: the probability the agent model gave to what happened\n");
        b.append(String.format(Locale.ROOT, "  %-" + width + "s %-29s %12s  %-27s %6s %7s%n", "case", "observed",
                "P(observed)", "most likely", "Brier", "log"));
        for (CaseScore c : report.cases()) {
            b.append(String.format(Locale.ROOT, "  %-" + width + "s %-29s %12.3f  %-27s %6.3f %7.3f%n", c.name(),
                    c.observed().key(), c.probabilityObserved(), name(c.mostLikely()), c.brier(), c.logScore() + 0.0));
        }
        Pooled p = report.pooled();
        b.append(String.format(Locale.ROOT, "  %-" + width + "s %-29s %12.3f  %-27s %6.3f %7.3f%n", "pooled (mean)",
                "hits " + p.hits() + " of " + p.cases(), p.meanProbability(), "", p.meanBrier(), p.meanLogScore()));
        for (CaseScore c : report.cases()) {
            if (!c.note().isEmpty()) {
                b.append("  note: ").append(c.name()).append(": ").append(c.note()).append('\n');
            }
        }
        boolean anyVote = report.cases().stream().anyMatch(c -> c.vote().isPresent());
        if (anyVote) {
            b.append("\nRecorded votes beside the modelled closing vote (median over the runs that voted)\n");
            for (CaseScore c : report.cases()) {
                if (c.vote().isEmpty()) {
                    continue;
                }
                VoteScore v = c.vote().get();
                b.append(String.format(Locale.ROOT, "  %-" + width + "s recorded %d-%d-%d (yes-no-abstain); ",
                        c.name(), v.observed().yes(), v.observed().no(), v.observed().abstain()));
                if (Double.isNaN(v.medianYes())) {
                    b.append("no run went to a vote\n");
                } else {
                    b.append(String.format(Locale.ROOT, "modelled %.0f-%.0f in the %.1f%% of runs that voted;"
                                    + " count error %.0f votes, yes-share error %.3f%n", v.medianYes(), v.medianNo(),
                            100 * v.votedShare(), v.countError(), v.shareError()));
                }
            }
        }
        b.append("\nAbsolute error of the forecast position against the adopted text (0-100 scale)\n");
        b.append(String.format(Locale.ROOT, "  %-" + width + "s %-" + clauseWidth + "s %8s %14s %6s %11s %9s %6s %9s%n", "case",
                "clause", "observed", "agent [5-95%]", "agent", "compromise", "w.median", "Nash", "exp.util."));
        for (CaseScore c : report.cases()) {
            for (ClauseScore cl : c.clauses()) {
                String band = cl.hasBand() ? String.format(Locale.ROOT, "%s[%.0f-%.0f]", cl.inBand() ? " " : "*",
                        cl.p5(), cl.p95()) : "no text";
                b.append(String.format(Locale.ROOT, "  %-" + width + "s %-" + clauseWidth + "s %8.1f %14s %6s %11s %9s %6s %9s%n",
                        c.name(), cl.clauseId(), cl.observed(), band, num(cl.error(ForecastModel.AGENT)),
                        num(cl.error(ForecastModel.COMPROMISE)), num(cl.error(ForecastModel.WEIGHTED_MEDIAN)),
                        num(cl.error(ForecastModel.NASH)), num(cl.error(ForecastModel.EXPECTED_UTILITY))));
            }
            b.append(String.format(Locale.ROOT, "  %-" + width + "s %-" + clauseWidth + "s %8s %14s %6s %11s %9s %6s %9s%n", "",
                    "mean", "", "", num(c.meanError(ForecastModel.AGENT)), num(c.meanError(ForecastModel.COMPROMISE)),
                    num(c.meanError(ForecastModel.WEIGHTED_MEDIAN)), num(c.meanError(ForecastModel.NASH)),
                    num(c.meanError(ForecastModel.EXPECTED_UTILITY))));
        }
        b.append("  * the observed position lies outside the agent model's 5-95% band\n");
        b.append(String.format(Locale.ROOT, "%nPooled mean absolute error over %d clauses:", p.scoredClauses()));
        for (ForecastModel m : ForecastModel.values()) {
            b.append(String.format(Locale.ROOT, " %s %s%s", label(m), num(p.meanError().get(m)),
                    m == ForecastModel.EXPECTED_UTILITY ? "" : ","));
        }
        b.append('\n');
        if (p.bestModel() != null) {
            b.append("Lowest error: ").append(label(p.bestModel()));
            b.append(p.bestModel() == ForecastModel.AGENT ? " (the agent model)\n" : " (a baseline beats the agent model)\n");
        }
        b.append(String.format(Locale.ROOT, "Calibration: the observed position lies inside the agent's 5-95%% band"
                + " for %d of %d clauses (%s)%n", p.inBand(), p.bandClauses(),
                p.bandClauses() == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * p.inBand() / p.bandClauses())));
        if (p.voteCases() > 0) {
            b.append(String.format(Locale.ROOT, "Vote count error: %.0f votes (mean over %d cases decided by a vote)%n",
                    p.meanVoteError(), p.voteCases()));
        }
        return b.toString();
    }

    /** The model's name in prose. */
    public static String label(ForecastModel m) {
        return switch (m) {
            case AGENT -> "agent";
            case COMPROMISE -> "compromise";
            case WEIGHTED_MEDIAN -> "weighted median";
            case NASH -> "Nash";
            case EXPECTED_UTILITY -> "expected utility";
        };
    }

    private static String name(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.1f", x);
    }
}
