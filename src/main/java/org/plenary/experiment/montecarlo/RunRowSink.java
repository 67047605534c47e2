package org.plenary.experiment.montecarlo;

import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.uncertainty.Perturbation;

/**
 * Receives one row per run (for {@code runs.csv}), in run order whatever the thread count.
 * {@link #format} is called on worker threads into a chunk's buffer; {@link #write} on one thread
 * at a time, chunk after chunk in order.
 */
public interface RunRowSink {

    /**
     * Appends the row of run {@code run} just played.
     *
     * @param inputs the inputs drawn for the run ({@link Perturbation#drawn}), or {@code null} when
     *               the scenario has no uncertainty section in effect
     */
    void format(long run, NegotiationRun played, Perturbation inputs, StringBuilder chunk);

    /** Writes the rows of a whole chunk, in order. */
    void write(CharSequence rows);
}
