package org.plenary.io.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.plenary.io.scenario.FieldPath;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.uncertainty.Uncertainty;
import org.plenary.experiment.sensitivity.SaltelliDesign;
import org.plenary.experiment.sweep.Domain;
import org.plenary.experiment.sweep.Metric;
import org.plenary.experiment.sweep.Parameter;
import org.plenary.experiment.sweep.Point;
import org.plenary.experiment.sweep.SweepPlan;
import org.plenary.experiment.sweep.Design;

/**
 * A valid sweep specification (see {@code docs/sweep-format.md}).
 *
 * @param file         the specification file as named
 * @param scenarioFile the base scenario's file (resolved against the specification's folder)
 * @param scenario     the base scenario
 * @param parameters   the varied fields, wildcards expanded, in the order written
 * @param paths        each parameter's field
 * @param design       how points are chosen
 * @param points       number of points (for a grid: the grid's size); for a sensitivity analysis the base size N
 * @param runs         Monte Carlo runs per point
 * @param seed         the sweep's seed
 * @param metric       the output a sensitivity analysis explains, e.g. {@code p_consensus}
 * @param bootstrap    bootstrap resamples of the sensitivity intervals
 */
public record SweepSpec(Path file, Path scenarioFile, Scenario scenario, List<Parameter> parameters,
                        List<FieldPath> paths, Design design, int points, long runs, long seed, String metric,
                        int bootstrap) {

    public SweepSpec {
        parameters = List.copyOf(parameters);
        paths = List.copyOf(paths);
    }

    /**
     * This specification with its base scenario's uncertainty section turned off: every run of every
     * point plays the inputs as written (and as the point sets them).
     */
    public SweepSpec withoutUncertainty() {
        return new SweepSpec(file, scenarioFile, scenario.withUncertainty(Uncertainty.NONE), parameters, paths, design,
                points, runs, seed, metric, bootstrap);
    }

    /** The points of the sweep. */
    public SweepPlan plan() {
        return SweepPlan.of(parameters, design, points, runs, seed);
    }

    /** The points of a Sobol sensitivity analysis with base size {@link #points}. */
    public SweepPlan sensitivityPlan() {
        return SweepPlan.saltelli(parameters, new SaltelliDesign(parameters.size(), points), runs, seed);
    }

    /** The base scenario with the point's values set. */
    public Scenario at(Point point) {
        Scenario s = scenario;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            double v = point.value(i);
            s = p.kind() == Parameter.Kind.CHOICE
                    ? paths.get(i).with(s, ((Domain.Choices) p.domain()).options().get((int) v))
                    : paths.get(i).with(s, v);
        }
        return s;
    }

    /** The metrics measured at each point, in table order. */
    public List<String> metrics() {
        return metrics(scenario);
    }

    /** The metrics of sweeps of {@code scenario}: its negotiating delegations sorted by id give the blocker columns. */
    static List<String> metrics(Scenario scenario) {
        Negotiation n = new Negotiation(scenario);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n.delegations(); i++) {
            ids.add(n.id(i));
        }
        ids.sort(null);
        return Metric.names(ids);
    }
}
