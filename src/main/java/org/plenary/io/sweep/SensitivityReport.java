package org.plenary.io.sweep;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.experiment.sensitivity.SobolIndex;
import org.plenary.io.export.Manifest;

/**
 * The Sobol indices of a sensitivity analysis as a table (sorted by total effect, largest first),
 * CSV ({@code parameter,S1,S1_lower,S1_upper,ST,ST_lower,ST_upper}) and JSON ({@code plenary.sensitivity/1}).
 *
 * @param spec       the specification
 * @param specSha256 hex SHA-256 of the specification file
 * @param metric     the output explained
 * @param version    Plenary version
 * @param indices    per parameter, in the specification's order
 */
public record SensitivityReport(SweepSpec spec, String specSha256, String metric, String version,
                                List<SobolIndex> indices) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SensitivityReport {
        indices = List.copyOf(indices);
    }

    /** The indices sorted by total effect, largest first (undefined last), ties by parameter order. */
    public List<SobolIndex> sorted() {
        return indices.stream().sorted(Comparator.comparingDouble((SobolIndex x) -> Double.isNaN(x.st())
                ? Double.POSITIVE_INFINITY : -x.st()).thenComparingInt(SobolIndex::input)).toList();
    }

    private String name(SobolIndex x) {
        return spec.parameters().get(x.input()).path();
    }

    /** The CSV, one row per parameter, sorted by total effect. */
    public String csv() {
        StringBuilder b = new StringBuilder("parameter,S1,S1_lower,S1_upper,ST,ST_lower,ST_upper\n");
        for (SobolIndex x : sorted()) {
            b.append(name(x)).append(',').append(num(x.s1())).append(',').append(num(x.s1Lower())).append(',')
                    .append(num(x.s1Upper())).append(',').append(num(x.st())).append(',').append(num(x.stLower()))
                    .append(',').append(num(x.stUpper())).append('\n');
        }
        return b.toString();
    }

    /** The JSON document. */
    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "plenary.sensitivity/1");
        root.put("plenaryVersion", version);
        ObjectNode sp = root.putObject("spec");
        sp.put("file", Manifest.path(spec.file()));
        sp.put("sha256", specSha256);
        ObjectNode sc = root.putObject("scenario");
        sc.put("title", spec.scenario().metadata().title());
        sc.put("file", Manifest.path(spec.scenarioFile()));
        root.put("metric", metric);
        root.put("baseSize", spec.points());
        root.put("points", spec.points() * (spec.parameters().size() + 2));
        root.put("runsPerPoint", spec.runs());
        root.put("seed", spec.seed());
        root.put("bootstrap", spec.bootstrap());
        root.put("level", 0.95);
        ArrayNode arr = root.putArray("indices");
        for (SobolIndex x : sorted()) {
            ObjectNode o = arr.addObject();
            o.put("parameter", name(x));
            put(o, "S1", x.s1());
            put(o, "S1_lower", x.s1Lower());
            put(o, "S1_upper", x.s1Upper());
            put(o, "ST", x.st());
            put(o, "ST_lower", x.stLower());
            put(o, "ST_upper", x.stUpper());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table for reading, sorted by total effect. */
    public String text() {
        int w = "parameter".length();
        for (SobolIndex x : indices) {
            w = Math.max(w, name(x).length());
        }
        StringBuilder b = new StringBuilder();
        b.append("Sobol indices of ").append(metric).append(" (").append(spec.parameters().size())
                .append(spec.parameters().size() == 1 ? " parameter, N = " : " parameters, N = ").append(spec.points()).append(", ")
                .append(spec.points() * (spec.parameters().size() + 2)).append(" points × ").append(spec.runs())
                .append(" runs; 95% bootstrap intervals)\n");
        b.append(String.format(Locale.ROOT, "%-" + w + "s  %6s  %-15s  %6s  %-15s%n", "parameter", "S1", "", "ST", ""));
        for (SobolIndex x : sorted()) {
            b.append(String.format(Locale.ROOT, "%-" + w + "s  %6s  %-15s  %6s  %-15s%n", name(x), fixed(x.s1()),
                    interval(x.s1Lower(), x.s1Upper()), fixed(x.st()), interval(x.stLower(), x.stUpper())));
        }
        if (indices.stream().anyMatch(x -> Double.isNaN(x.st()))) {
            b.append(metric).append(" did not vary over the design: no share of its variance can be attributed.\n");
        }
        b.append(precisionNote());
        return b.toString();
    }

    /**
     * Says when N is too small for the table to be read as it stands: exact indices satisfy
     * 0 ≤ S1 ≤ ST, so first-order intervals that contain 0 for most inputs, or an S1 above the whole
     * ST interval, are estimation noise. Empty when neither happens.
     */
    public String precisionNote() {
        long defined = indices.stream().filter(x -> !Double.isNaN(x.s1Lower())).count();
        long s1Zero = indices.stream().filter(x -> x.s1Lower() <= 0 && x.s1Upper() >= 0).count();
        long s1AboveSt = indices.stream().filter(x -> x.s1() > x.stUpper()).count();
        if (defined == 0 || (s1AboveSt == 0 && 2 * s1Zero <= defined)) {
            return "";
        }
        return String.format(Locale.ROOT, "N = %d is too small for these %d inputs: the S1 interval contains 0 for %d "
                + "and S1 lies above the whole ST interval for %d (exact indices have 0 ≤ S1 ≤ ST). Read S1 as noise, "
                + "and the order by ST only where ST intervals do not overlap; raise points for more.%n",
                spec.points(), indices.size(), s1Zero, s1AboveSt);
    }

    private static String fixed(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String interval(double lo, double hi) {
        return Double.isNaN(lo) ? "" : "[" + fixed(lo) + ", " + fixed(hi) + "]";
    }

    private static void put(ObjectNode o, String k, double v) {
        if (Double.isFinite(v)) {
            o.put(k, v);
        } else {
            o.putNull(k);
        }
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
