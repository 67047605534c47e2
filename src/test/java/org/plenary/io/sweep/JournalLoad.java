package org.plenary.io.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.plenary.experiment.sweep.Domain;
import org.plenary.experiment.sweep.Metric;
import org.plenary.experiment.sweep.Parameter;
import org.plenary.experiment.sweep.Point;

/**
 * Journals a sweep of many points as the sweep command does (in the bit-reversal run order, in
 * groups), finishes it and reads one metric back: run in a JVM of a small heap by {@link BoundedJournalTest}.
 * Arguments: folder, points.
 */
public final class JournalLoad {

    static final List<Parameter> PARAMETERS = List.of(new Parameter("delegations.North.clauses.ai-fund.position",
            Parameter.Kind.REAL, new Domain.Interval(0, 100, 11, false)));
    static final List<String> METRICS = Metric.names(List.of("Broker", "North", "South"));

    private JournalLoad() {
    }

    /** The metrics of point {@code id}: values that tell points apart. */
    static List<Metric> metrics(int id) {
        double p = (id % 1000) / 1000.0;
        List<Metric> m = new ArrayList<>();
        for (String name : METRICS) {
            m.add(new Metric(name, name.equals("p_consensus") ? p : 0.25, 0, 1));
        }
        return m;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
        try (PointsJournal j = PointsJournal.open(dir, "load", PARAMETERS, METRICS, n, false)) {
            List<PointsJournal.Entry> group = new ArrayList<>();
            for (long i = 0; i < 1L << bits; i++) {
                int id = Integer.reverse((int) i) >>> (32 - bits);
                if (id < n) {
                    group.add(new PointsJournal.Entry(new Point(id, new double[] {id % 101}), metrics(id)));
                }
                if (group.size() == 4096) {
                    j.append(group);
                    group.clear();
                }
            }
            j.append(group);
            j.finish();
            double[] p = j.values("p_consensus");
            for (int id = 0; id < n; id++) {
                if (p[id] != (id % 1000) / 1000.0) {
                    throw new AssertionError("point " + id + ": " + p[id]);
                }
            }
        }
        System.out.println("journaled " + n + " points");
    }
}
