package org.plenary.io.export;

import java.util.Locale;

import org.plenary.io.scenario.Quote;
import org.plenary.core.stats.Proportion;
import org.plenary.experiment.montecarlo.ClauseStats;
import org.plenary.experiment.montecarlo.DelegationStats;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/** A Monte Carlo summary as aligned tables for the terminal. */
public final class SimulationText {

    private SimulationText() {
    }

    /** Renders the report. */
    public static String render(SimulationReport report) {
        MonteCarloResult r = report.result();
        StringBuilder out = new StringBuilder();
        out.append(Quote.printable(report.scenario().metadata().title())).append('\n');
        out.append(String.format(Locale.ROOT, "%,d %s, seed %d, engine %s; 95%% Wilson intervals%n%n", r.runs(),
                r.runs() == 1 ? "run" : "runs", r.seed(), report.engine()));
        out.append(String.format(Locale.ROOT, "%-16s %7s  %-17s%n", "outcome", "p", "95% interval"));
        out.append(outcome("consensus", r.consensus()));
        out.append(outcome("adopted by vote", r.adoptedByVote()));
        out.append(outcome("no agreement", r.noAgreement()));
        int w = Math.max(6, r.clauses().stream().mapToInt(c -> c.clauseId().length()).max().orElse(6));
        out.append(String.format(Locale.ROOT, "%nClauses: final position over the runs that adopted a text%n"));
        out.append(String.format(Locale.ROOT, "%-" + w + "s  %7s  %6s  %6s  %6s  %6s%n", "clause", "in text", "mean",
                "p5", "p50", "p95"));
        for (ClauseStats c : r.clauses()) {
            out.append(String.format(Locale.ROOT, "%-" + w + "s  %7.3f  %6s  %6s  %6s  %6s%n", c.clauseId(),
                    c.survives().estimate(), pos(c.mean()), pos(c.p5()), pos(c.p50()), pos(c.p95())));
        }
        int d = Math.max(10, r.delegations().stream().mapToInt(x -> x.delegationId().length()).max().orElse(6));
        out.append(String.format(Locale.ROOT, "%nDelegations%n"));
        out.append(String.format(Locale.ROOT, "%-" + d + "s  %10s  %-17s  %9s  %-19s%n", "delegation", "P(blocker)",
                "95% interval", "mean gain", "95% interval"));
        for (DelegationStats x : r.delegations()) {
            out.append(String.format(Locale.ROOT, "%-" + d + "s  %10.3f  [%.3f, %.3f]     %+9.4f  %s%n",
                    x.delegationId(), x.blocker().estimate(), x.blocker().lower(), x.blocker().upper(),
                    x.gain().mean(), interval("%+.4f", x.gain().lower(), x.gain().upper())));
        }
        out.append(String.format(Locale.ROOT, "%nRounds used: mean %.2f %s", r.rounds().mean(),
                interval("%.2f", r.rounds().lower(), r.rounds().upper())));
        long min = 0;
        long max = 0;
        for (int t = 1; t < r.roundsCounts().size(); t++) {
            if (r.roundsCounts().get(t) > 0) {
                max = t;
                if (min == 0) {
                    min = t;
                }
            }
        }
        out.append(String.format(Locale.ROOT, ", range %d–%d%n", min, max));
        return out.toString();
    }

    private static String outcome(String name, Proportion p) {
        return String.format(Locale.ROOT, "%-16s %7.4f  [%.4f, %.4f]%n", name, p.estimate(), p.lower(), p.upper());
    }

    /** "[lower, upper]", or "[—]" when the interval is undefined (fewer than two runs). */
    public static String interval(String format, double lower, double upper) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            return "[—]";
        }
        return "[" + String.format(Locale.ROOT, format, lower) + ", " + String.format(Locale.ROOT, format, upper) + "]";
    }

    private static String pos(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "—";
    }
}
