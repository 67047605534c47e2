package org.plenary.engine.jade.distributed;

/** Computes the units of one prepared job on a worker; called from several threads at once. */
@FunctionalInterface
public interface UnitWork {

    /**
     * The result of the unit described by {@code work}.
     *
     * @throws Exception when the unit cannot be computed (reported to the coordinator, which stops the run)
     */
    String compute(String work) throws Exception;
}
