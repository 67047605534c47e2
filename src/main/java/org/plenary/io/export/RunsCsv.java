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
import org.plenary.core.uncertainty.Perturbation;
import org.plenary.core.uncertainty.Uncertainty;
import org.plenary.experiment.montecarlo.RunRowSink;

/**
 * {@code runs.csv}: one row per run (run, outcome, rounds, then {@code blocker_<ID>} 1 or 0 per
 * negotiating delegation in the scenario's order, then the final position of each clause, empty
 * when dropped or when nothing was adopted, then {@code input.<path>}: the value drawn in the run
 * for each input the uncertainty section draws, in draw order). One value per cell, so the table
 * is tidy: an analyst can regress a run's outcome on the inputs it was played with. Rows are
 * streamed to disk chunk by chunk, so memory does not grow with the number of runs.
 */
public final class RunsCsv implements RunRowSink, AutoCloseable {

    private final Writer out;
    private final Negotiation g;
    /** Negotiation indices of the negotiating delegations, in the scenario's order. */
    private final int[] blockerColumns;
    private final int inputs;

    /**
     * Opens {@code file} and writes the header. The inputs drawn by the uncertainty section of the
     * negotiation's scenario (the one the Monte Carlo plays) get a column each.
     */
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
        Uncertainty uncertainty = g.scenario().uncertainty();
        List<String> paths = uncertainty.isNone() ? List.of() : new Perturbation(g, uncertainty).paths();
        this.inputs = paths.size();
        for (String path : paths) {
            header.add("input." + path);
        }
        out.write(String.join(",", header));
        out.write('\n');
    }

    @Override
    public void format(long run, NegotiationRun played, Perturbation drawn, StringBuilder b) {
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
        for (int j = 0; j < inputs; j++) {
            b.append(',').append(drawn.drawn(j));
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
