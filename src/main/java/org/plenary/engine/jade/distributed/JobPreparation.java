package org.plenary.engine.jade.distributed;

/** Turns the job a coordinator sends (its whole description as text) into the work of its units. */
@FunctionalInterface
public interface JobPreparation {

    /**
     * The work of the units of {@code job}.
     *
     * @throws Exception whose message says why this worker refuses the job (told to both sides)
     */
    UnitWork prepare(String job) throws Exception;
}
