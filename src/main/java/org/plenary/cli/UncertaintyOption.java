package org.plenary.cli;

import org.plenary.core.model.Scenario;
import org.plenary.core.uncertainty.Uncertainty;
import org.plenary.io.sweep.SweepSpec;

import picocli.CommandLine.Option;

/**
 * {@code --no-uncertainty}: the scenario's uncertainty section is ignored, so every run plays the
 * inputs as written in the file (only the delegations' random responses, τ &gt; 0, still vary).
 * For separating what the uncertain inputs do from what the protocol's own randomness does.
 */
final class UncertaintyOption {

    @Option(names = "--no-uncertainty",
            description = "Ignore the scenario's uncertainty section: every run plays the inputs as written in the "
                + "file (the delegations' random responses, temperature > 0, still vary).")
    boolean off;

    /** {@code scenario} without its uncertainty section when the option is given, else unchanged. */
    Scenario apply(Scenario scenario) {
        return off ? scenario.withUncertainty(Uncertainty.NONE) : scenario;
    }

    /** {@code sweep} with its base scenario's uncertainty section off when the option is given, else unchanged. */
    SweepSpec apply(SweepSpec sweep) {
        return off ? sweep.withoutUncertainty() : sweep;
    }

    /**
     * What the manifest records of {@code scenario} as read from its file: {@code off} (turned off by
     * this option), {@code none} (the scenario has no uncertainty section) or {@code on}.
     */
    String manifestValue(Scenario scenario) {
        return off ? "off" : scenario.uncertainty().isNone() ? "none" : "on";
    }
}
