package org.plenary.io.export;

import java.util.Locale;

import org.plenary.core.baseline.Forecast;

/**
 * The tidy CSV form of a forecast report: a header row, then one row per clause and baseline model
 * with the model's position, the agent-based Monte Carlo median, the share of runs whose adopted
 * text holds the clause, and the distance of model and median. Numbers in full precision
 * with a dot; fields quoted when they contain a comma, quote or line break (RFC 4180).
 */
public final class ForecastCsv {

    /** The header row. */
    public static final String HEADER = "clause,model,position,agent_median,agent_in_text,distance";

    private ForecastCsv() {
    }

    /** The report as CSV, lines ended by a newline. */
    public static String render(ForecastReport report) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int c = 0; c < report.scenario().clauses().size(); c++) {
            Forecast f = report.baselines().forecasts().get(c);
            for (ForecastReport.Model m : ForecastReport.Model.values()) {
                out.append(field(f.clauseId())).append(',')
                        .append(m.key()).append(',')
                        .append(number(m.of(f))).append(',')
                        .append(number(report.agentOutcome(c))).append(',')
                        .append(number(report.agentInText(c))).append(',')
                        .append(number(report.distance(m, c))).append('\n');
            }
        }
        return out.toString();
    }

    /** A number in full precision; empty when undefined (a clause no run adopted). */
    private static String number(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%s", x);
    }

    /** Quotes a field when needed, doubling quotes inside (RFC 4180). */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
