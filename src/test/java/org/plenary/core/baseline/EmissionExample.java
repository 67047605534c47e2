package org.plenary.core.baseline;

/**
 * The classic input data of Bueno de Mesquita's expected-utility model: ten EC member states on the
 * date (in years) from which emission standards for medium-sized cars should apply (Bueno de
 * Mesquita 1994, "Political forecasting: an expected utility method", p. 78, Table 1 of Scholz,
 * Calbert and Smith 2011), as shipped with the open replication of Scholz et al.
 * (jmckib/bdm-scholz-expected-utility-model, ExampleActors.csv; the same file in David Masad's
 * Python 3 port, dmasad/bdm-scholz-expected-utility-model). Order as in that file.
 */
final class EmissionExample {

    static final String[] ACTORS = {"Netherlands", "Belgium", "Luxembourg", "Germany", "France", "Italy", "UK",
        "Ireland", "Denmark", "Greece"};
    static final double[] CAPABILITY = {0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08};
    static final double[] POSITION = {4, 7, 4, 4, 10, 10, 10, 7, 4, 7};
    static final double[] SALIENCE = {0.8, 0.4, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1.0, 0.7};

    private EmissionExample() {
    }

    static double[] weights() {
        double[] w = new double[CAPABILITY.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = CAPABILITY[i] * SALIENCE[i];
        }
        return w;
    }

    static int index(String actor) {
        for (int i = 0; i < ACTORS.length; i++) {
            if (ACTORS[i].equals(actor)) {
                return i;
            }
        }
        throw new IllegalArgumentException(actor);
    }
}
