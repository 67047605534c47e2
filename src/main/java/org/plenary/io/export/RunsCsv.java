package org.plenary.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.experiment.montecarlo.RunRowSink;

/**
 * {@code runs.csv}: one row per run (run, outcome, rounds, blockers separated by spaces, then the
 * final position of each clause, empty when dropped or when nothing was adopted). Rows are
 * streamed to disk chunk by chunk, so memory does not grow with the number of runs.
 */
public final class RunsCsv implements RunRowSink, AutoCloseable {

    private final Writer out;
    private final Negotiation g;

    /** Opens {@code file} and writes the header. */
    public RunsCsv(Path file, Negotiation negotiation) throws IOException {
        this.g = negotiation;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(List.of("run", "outcome", "rounds", "blockers"));
        for (int c = 0; c < g.clauses(); c++) {
            header.add("position_" + g.clauseId(c));
        }
        out.write(String.join(",", header));
        out.write('\n');
    }

    @Override
    public void format(long run, NegotiationRun played, StringBuilder b) {
        b.append(run).append(',').append(played.outcome().name()).append(',').append(played.roundsUsed()).append(',');
        boolean first = true;
        for (int i = 0; i < g.delegations(); i++) {
            if (played.blocker(i)) {
                if (!first) {
                    b.append(' ');
                }
                b.append(g.id(i));
                first = false;
            }
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
