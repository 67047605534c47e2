package org.plenary.io.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.plenary.core.stats.Proportion;
import org.plenary.experiment.montecarlo.ClauseStats;
import org.plenary.experiment.montecarlo.DelegationStats;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/**
 * The tidy tables of a Monte Carlo experiment: one header row, one observation per row, plain
 * numbers without units, empty cells for undefined values.
 */
public final class SimulationCsv {

    /** RFC 4180 with "\n" line ends. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private SimulationCsv() {
    }

    /** {@code clauses.csv}: one row per clause. */
    public static void clauses(MonteCarloResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, FORMAT)) {
            csv.printRecord("clause", "p_in_text", "p_in_text_lower", "p_in_text_upper", "runs_in_text",
                    "position_mean", "position_sd", "position_p5", "position_p50", "position_p95");
            for (ClauseStats c : r.clauses()) {
                Proportion s = c.inText();
                csv.printRecord(c.clauseId(), num(s.estimate()), num(s.lower()), num(s.upper()), s.successes(),
                        num(c.mean()), num(c.sd()), num(c.p5()), num(c.p50()), num(c.p95()));
            }
        }
    }

    /** {@code delegations.csv}: one row per negotiating delegation. */
    public static void delegations(MonteCarloResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, FORMAT)) {
            csv.printRecord("delegation", "p_blocker", "p_blocker_lower", "p_blocker_upper", "gain_mean",
                    "gain_lower", "gain_upper", "gain_sd");
            for (DelegationStats d : r.delegations()) {
                Proportion b = d.blocker();
                csv.printRecord(d.delegationId(), num(b.estimate()), num(b.lower()), num(b.upper()),
                        num(d.gain().mean()), num(d.gain().lower()), num(d.gain().upper()), num(d.gain().sd()));
            }
        }
    }

    /** {@code rounds.csv}: one row per possible number of rounds. */
    public static void rounds(MonteCarloResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, FORMAT)) {
            csv.printRecord("rounds", "runs", "share");
            for (int t = 1; t < r.roundsCounts().size(); t++) {
                long n = r.roundsCounts().get(t);
                csv.printRecord(t, n, num((double) n / r.runs()));
            }
        }
    }

    /** {@code outcomes.csv}: one row per outcome. */
    public static void outcomes(MonteCarloResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, FORMAT)) {
            csv.printRecord("outcome", "runs", "p", "lower", "upper");
            row(csv, "CONSENSUS", r.consensus());
            row(csv, "CONSENSUS_WITH_RESERVATIONS", r.consensusWithReservations());
            row(csv, "ADOPTED_BY_VOTE", r.adoptedByVote());
            row(csv, "CHAIR_SUMMARY", r.chairSummary());
            row(csv, "NO_AGREEMENT", r.noAgreement());
        }
    }

    private static void row(CSVPrinter csv, String name, Proportion p) throws IOException {
        csv.printRecord(name, p.successes(), num(p.estimate()), num(p.lower()), num(p.upper()));
    }

    /** A number as the shortest text that reads back to the same double; empty when undefined. */
    static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
