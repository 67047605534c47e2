package org.plenary.io.export;

import java.util.Locale;

import org.plenary.core.model.Forum;
import org.plenary.core.protocol.Fragility;
import org.plenary.core.stats.Proportion;
import org.plenary.experiment.montecarlo.ClauseStats;
import org.plenary.experiment.montecarlo.DelegationStats;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.io.source.Quote;

/** A Monte Carlo summary as aligned tables for the terminal. */
public final class SimulationText {

    private SimulationText() {
    }

    /** Renders the report. */
    public static String render(SimulationReport report) {
        MonteCarloResult r = report.result();
        Forum forum = report.scenario().protocol().forum();
        boolean assembly = forum == Forum.GENERAL_ASSEMBLY;
        StringBuilder out = new StringBuilder();
        out.append(Quote.printable(report.scenario().metadata().title())).append('\n');
        out.append(String.format(Locale.ROOT, "%,d %s, seed %d, engine %s%s; 95%% Wilson intervals%n%n", r.runs(),
                r.runs() == 1 ? "run" : "runs", r.seed(), report.engine(),
                report.inputsAsWritten() ? ", uncertainty section off (inputs as written)" : ""));
        out.append(TranscriptText.forumSentence(report.scenario().protocol())).append("\n\n");
        out.append(String.format(Locale.ROOT, "%-" + OUTCOME_WIDTH + "s %7s  %-17s%n", "outcome", "p", "95% interval"));
        out.append(outcome("consensus", r.consensus()));
        if (assembly) {
            out.append(outcome("with reservations", r.consensusWithReservations()));
        }
        out.append(outcome("adopted by vote", r.adoptedByVote()));
        if (forum == Forum.CHAIR_SUMMARY) {
            out.append(outcome("chair's summary", r.chairSummary()));
        }
        out.append(outcome("no agreement", r.noAgreement()));
        out.append(fragility(r, report.scenario().protocol().maxRounds()));
        int w = Math.max(6, r.clauses().stream().mapToInt(c -> c.clauseId().length()).max().orElse(6));
        out.append(String.format(Locale.ROOT, "%nClauses: final position over the runs that adopted a text%n"));
        out.append(String.format(Locale.ROOT, "%-" + w + "s  %7s  %6s  %6s  %6s  %6s%n", "clause", "in text", "mean",
                "p5", "p50", "p95"));
        for (ClauseStats c : r.clauses()) {
            out.append(String.format(Locale.ROOT, "%-" + w + "s  %7.3f  %6s  %6s  %6s  %6s%n", c.clauseId(),
                    c.inText().estimate(), pos(c.mean()), pos(c.p5()), pos(c.p50()), pos(c.p95())));
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
        out.append(String.format(Locale.ROOT, "%nMargins: utility of the final text minus the BATNA (adopted or not);"
                + " P(small) = share of runs in which it accepted an adopted text by less than %.2f%n",
                Fragility.SMALL_MARGIN));
        out.append(String.format(Locale.ROOT, "%-" + d + "s  %11s  %8s" + (assembly ? "  %14s  %12s" : "%s%s") + "%n",
                "delegation", "mean margin", "P(small)", assembly ? "P(reservation)" : "",
                assembly ? "P(calls vote)" : ""));
        for (DelegationStats x : r.delegations()) {
            out.append(String.format(Locale.ROOT, "%-" + d + "s  %+11.4f  %8.3f", x.delegationId(), x.margin().mean(),
                    x.smallMargin().estimate()));
            if (assembly) {
                out.append(String.format(Locale.ROOT, "  %14.3f  %12.3f", x.reservation().estimate(),
                        x.callsVote().estimate()));
            }
            out.append('\n');
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

    private static final int OUTCOME_WIDTH = 17;

    private static String outcome(String name, Proportion p) {
        return String.format(Locale.ROOT, "%-" + OUTCOME_WIDTH + "s %7.4f  [%.4f, %.4f]%n", name, p.estimate(), p.lower(),
                p.upper());
    }

    /** How fragile the headline is, in words: last-round consensus and small margins. */
    static String fragility(MonteCarloResult r, int maxRounds) {
        StringBuilder out = new StringBuilder("\n");
        Proportion last = r.lastRound();
        if (last.trials() > 0) {
            out.append(String.format(Locale.ROOT, "%.1f%% of the consensus outcomes came in the last round (%d), when"
                    + " every aspiration had fallen to its floor.%n", 100 * last.estimate(), maxRounds));
        }
        Proportion fragile = r.fragile();
        out.append(String.format(Locale.ROOT, "In %.1f%% of the runs the adopted text hangs on a small margin: some"
                + " delegation accepts it by less than %.2f over its BATNA.%n", 100 * fragile.estimate(),
                Fragility.SMALL_MARGIN));
        if (last.trials() > 0 && last.estimate() >= 0.5 || fragile.estimate() >= 0.25) {
            out.append("So the probabilities above are fragile: they depend on maxRounds, the concession exponents"
                    + " and small changes in the least satisfied delegations' preferences.\n");
        }
        return out.toString();
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
