package org.plenary.io.distributed;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.experiment.montecarlo.ChunkTally;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.sweep.Metric;

/**
 * The results of units as text. Real numbers are written as Java writes a double
 * ({@link Double#toString}), which reads back to the same double, NaN and infinities included: a
 * result computed on another machine is the same bits here.
 *
 * <pre>
 * a point   {"metrics": [["p_consensus", "0.5", "0.4", "0.6"], ...]}
 * a chunk   {"chunk": c, "counts": [[index, count], ...] (non-zero counts only), "sums": ["1.5", ...]}
 * </pre>
 */
public final class UnitResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnitResults() {
    }

    /** A point's metrics as text. */
    public static String metrics(List<Metric> metrics) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode a = o.putArray("metrics");
        for (Metric m : metrics) {
            a.addArray().add(m.name()).add(Double.toString(m.value())).add(Double.toString(m.lower()))
                    .add(Double.toString(m.upper()));
        }
        return write(o);
    }

    /**
     * The metrics in {@code text}, which must be {@code names} in that order.
     *
     * @throws IllegalArgumentException when the text is not such metrics
     */
    public static List<Metric> metrics(String text, List<String> names) {
        JsonNode a = read(text).path("metrics");
        if (!a.isArray() || a.size() != names.size()) {
            throw new IllegalArgumentException("expected " + names.size() + " metrics");
        }
        List<Metric> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonNode m = a.get(i);
            if (!m.isArray() || m.size() != 4 || !names.get(i).equals(m.get(0).asText())) {
                throw new IllegalArgumentException("metric " + i + " is not " + names.get(i));
            }
            out.add(new Metric(names.get(i), real(m.get(1)), real(m.get(2)), real(m.get(3))));
        }
        return out;
    }

    /** A chunk's tally as text. */
    public static String chunk(ChunkTally t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("chunk", t.chunk());
        ArrayNode counts = o.putArray("counts");
        long[] c = t.counts();
        for (int i = 0; i < c.length; i++) {
            if (c[i] != 0) {
                counts.addArray().add(i).add(c[i]);
            }
        }
        ArrayNode sums = o.putArray("sums");
        for (double d : t.sums()) {
            sums.add(Double.toString(d));
        }
        return write(o);
    }

    /**
     * The chunk tally in {@code text}, of a Monte Carlo shaped as {@code shape}.
     *
     * @throws IllegalArgumentException when the text is not such a tally
     */
    public static ChunkTally chunk(String text, MonteCarlo shape) {
        JsonNode o = read(text);
        JsonNode counts = o.path("counts");
        JsonNode sums = o.path("sums");
        if (!o.path("chunk").canConvertToLong() || !counts.isArray() || !sums.isArray()) {
            throw new IllegalArgumentException("not a chunk tally");
        }
        long[] c = new long[shape.chunkCountsLength()];
        for (JsonNode pair : counts) {
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).canConvertToInt() || !pair.get(1).canConvertToLong()) {
                throw new IllegalArgumentException("a count is not [index, count]");
            }
            int i = pair.get(0).intValue();
            if (i < 0 || i >= c.length) {
                throw new IllegalArgumentException("no count " + i);
            }
            c[i] = pair.get(1).longValue();
        }
        double[] s = new double[sums.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = real(sums.get(i));
        }
        return new ChunkTally(shape, o.path("chunk").longValue(), c, s);
    }

    private static double real(JsonNode n) {
        if (!n.isTextual()) {
            throw new IllegalArgumentException("a real number is written as text");
        }
        try {
            return Double.parseDouble(n.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + n.asText());
        }
    }

    private static JsonNode read(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("a result is a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a result is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String write(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
