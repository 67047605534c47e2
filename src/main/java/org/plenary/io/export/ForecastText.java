package org.plenary.io.export;

import java.util.Locale;

import org.plenary.core.baseline.Forecast;
import org.plenary.core.baseline.NashSolution;
import org.plenary.core.model.Scenario;
import org.plenary.io.scenario.Quote;

/**
 * A forecast report as an aligned table: per clause the agent-based outcome and each baseline's
 * forecast with its distance from that outcome, then notes on the Nash solution.
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
        out.append(String.format(Locale.ROOT, "Agent-based run: %s after %d rounds (seed %d, engine %s, %s loss)%n",
                report.run().outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '), report.run().roundsUsed(),
                report.seed(), report.engine(), s.protocol().loss().name().toLowerCase(Locale.ROOT)));
        out.append("Baseline forecasts, with |forecast - agent| in brackets:\n\n");
        out.append(String.format(Locale.ROOT, "%-" + w + "s  %6s ", "clause", "agent"));
        for (String head : new String[] {"compromise", "median", "nash", "expected-util"}) {
            out.append(String.format(Locale.ROOT, " %-16s", head));
        }
        trimEnd(out);
        out.append('\n');
        for (int c = 0; c < s.clauses().size(); c++) {
            Forecast f = report.baselines().forecasts().get(c);
            out.append(String.format(Locale.ROOT, "%-" + w + "s  %6.1f%s", Quote.printable(f.clauseId()),
                    report.agentOutcome(c), report.agentDropped(c) ? "*" : " "));
            for (ForecastReport.Model m : ForecastReport.Model.values()) {
                out.append(String.format(Locale.ROOT, " %-16s",
                        String.format(Locale.ROOT, "%5.1f (%4.1f)", m.of(f), report.distance(m, c))));
            }
            trimEnd(out);
            out.append('\n');
        }
        if (s.clauses().stream().anyMatch(cl -> report.agentDropped(s.clauses().indexOf(cl)))) {
            out.append("* dropped by the agent-based run: its status quo holds\n");
        }
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
