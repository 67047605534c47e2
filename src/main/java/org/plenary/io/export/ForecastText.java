package org.plenary.io.export;

import java.util.Locale;

import org.plenary.core.baseline.Forecast;
import org.plenary.core.baseline.NashSolution;
import org.plenary.core.model.Scenario;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.io.source.Quote;

/**
 * A forecast report as an aligned table: per clause the agent-based Monte Carlo median and each
 * baseline's forecast with its distance from it, then notes on the Nash solution.
 */
public final class ForecastText {

    private ForecastText() {
    }

    /** Renders the report. */
    public static String render(ForecastReport report) {
        Scenario s = report.scenario();
        int w = Math.max(6, s.clauses().stream().mapToInt(c -> Quote.printable(c.id()).length()).max().orElse(6));
        StringBuilder out = new StringBuilder();
        out.append(Quote.printable(s.metadata().title())).append('\n');
        MonteCarloResult mc = report.monteCarlo();
        out.append(String.format(Locale.ROOT, "Agent-based model over %,d runs (seed %d, engine %s, %s loss): "
                + "consensus %s, adopted by vote %s, no agreement %s%n", mc.runs(), report.seed(), report.engine(),
                s.protocol().loss().name().toLowerCase(Locale.ROOT), LikelihoodText.percent(mc.consensus().estimate()),
                LikelihoodText.percent(mc.adoptedByVote().estimate()), LikelihoodText.percent(mc.noAgreement().estimate())));
        out.append("Baselines beside the agent's median text (per clause over the runs that adopt it), "
                + "|forecast - agent| in brackets:\n\n");
        out.append(String.format(Locale.ROOT, "%-" + w + "s  %6s  %7s ", "clause", "agent", "in text"));
        for (String head : new String[] {"compromise", "median", "nash", "expected-util"}) {
            out.append(String.format(Locale.ROOT, " %-16s", head));
        }
        trimEnd(out);
        out.append('\n');
        boolean never = false;
        for (int c = 0; c < s.clauses().size(); c++) {
            Forecast f = report.baselines().forecasts().get(c);
            double agent = report.agentOutcome(c);
            never |= Double.isNaN(agent);
            out.append(String.format(Locale.ROOT, "%-" + w + "s  %6s  %7s ", Quote.printable(f.clauseId()),
                    Double.isNaN(agent) ? "-" : String.format(Locale.ROOT, "%.1f", agent),
                    LikelihoodText.percent(report.agentInText(c))));
            for (ForecastReport.Model m : ForecastReport.Model.values()) {
                double d = report.distance(m, c);
                out.append(String.format(Locale.ROOT, " %-16s", Double.isNaN(d)
                        ? String.format(Locale.ROOT, "%5.1f", m.of(f))
                        : String.format(Locale.ROOT, "%5.1f (%4.1f)", m.of(f), d)));
            }
            trimEnd(out);
            out.append('\n');
        }
        out.append("in text: share of runs whose adopted text holds the clause");
        if (never) {
            out.append("; - : no run adopted it");
        }
        out.append('\n');
        NashSolution nash = report.baselines().nash();
        out.append('\n');
        switch (nash.status()) {
            case SOLVED -> out.append("Nash: solved over ").append(String.join(", ", nash.bargainers())).append('\n');
            case EMPTY -> out.append("Nash: no text gives every delegation a gain over its BATNA;"
                    + " the status quo is shown\n");
            case NO_BARGAINERS -> out.append("Nash: no delegation can gain over its BATNA;"
                    + " the status quo is shown\n");
            default -> throw new IllegalStateException(nash.status().name());
        }
        if (!nash.excluded().isEmpty()) {
            out.append("Nash: left out (cannot gain on the status quo): ")
                    .append(String.join(", ", nash.excluded())).append('\n');
        }
        return out.toString();
    }

    private static void trimEnd(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }
}
