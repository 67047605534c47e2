package org.plenary.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.plenary.core.model.Delegation;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.experiment.montecarlo.RunRowSink;

/**
 * {@code runs.csv}: one row per run (run, outcome, rounds, then {@code blocker_<ID>} 1 or 0 per
 * negotiating delegation in the scenario's order, then the final position of each clause, empty
 * when dropped or when nothing was adopted). One value per cell, so the table is tidy: a blocker
 * is a column an analyst can sum or regress on, not a list to split. Rows are streamed to disk
 * chunk by chunk, so memory does not grow with the number of runs.
 */
public final class RunsCsv implements RunRowSink, AutoCloseable {

    private final Writer out;
    private final Negotiation g;
    /** Negotiation indices of the negotiating delegations, in the scenario's order. */
    private final int[] blockerColumns;

    /** Opens {@code file} and writes the header. */
    public RunsCsv(Path file, Negotiation negotiation) throws IOException {
        this.g = negotiation;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(List.of("run", "outcome", "rounds"));
        List<Integer> columns = new ArrayList<>();
        for (Delegation d : g.scenario().delegations()) {
            if (d.kind().negotiates()) {
                columns.add(g.indexOf(d.id()));
                header.add("blocker_" + d.id());
            }
        }
        this.blockerColumns = columns.stream().mapToInt(Integer::intValue).toArray();
        for (int c = 0; c < g.clauses(); c++) {
            header.add("position_" + g.clauseId(c));
        }
        out.write(String.join(",", header));
        out.write('\n');
    }

    @Override
    public void format(long run, NegotiationRun played, StringBuilder b) {
        b.append(run).append(',').append(played.outcome().name()).append(',').append(played.roundsUsed());
        for (int i : blockerColumns) {
            b.append(',').append(played.blocker(i) ? '1' : '0');
        }
        boolean adopted = played.outcome().adopted();
        for (int c = 0; c < g.clauses(); c++) {
            b.append(',');
            if (adopted && !played.finalDropped(c)) {
                b.append(played.finalPosition(c));
            }
        }
        b.append('\n');
    }

    @Override
    public void write(CharSequence rows) {
        try {
            out.append(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
