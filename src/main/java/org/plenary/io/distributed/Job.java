package org.plenary.io.distributed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.core.model.Scenario;
import org.plenary.core.uncertainty.Uncertainty;
import org.plenary.engine.jade.distributed.JobPreparation;
import org.plenary.engine.jade.distributed.UnitWork;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.experiment.sweep.Metric;
import org.plenary.experiment.sweep.Point;
import org.plenary.experiment.sweep.SweepPlan;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioReader;
import org.plenary.io.source.Problem;
import org.plenary.io.sweep.SweepSpec;
import org.plenary.io.sweep.SweepSpecReader;
import org.plenary.io.sweep.SweepSpecResult;

/**
 * A distributed run's job: which experiment, with the specification and scenario as they were read
 * by the coordinator (text, with the scenario file's SHA-256), and for a Monte Carlo its runs and
 * seed. A worker checks the scenario's hash, reads both texts as the coordinator did and computes
 * units with the experiment code a run on one machine uses.
 *
 * <p>Units: a sweep's unit is a point id ({@code "17"}), its result the point's metrics; a Monte
 * Carlo's unit is a chunk index, its result the chunk's tally ({@link UnitResults}).
 *
 * @param kind          {@code sweep}, {@code sensitivity} or {@code simulate}
 * @param specName      the specification's file name (for a sweep), else {@code null}
 * @param specText      the specification's text (for a sweep), else {@code null}
 * @param scenarioName  the scenario's file name
 * @param scenarioText  the scenario's text
 * @param scenarioSha   hex SHA-256 of the scenario file
 * @param runs          Monte Carlo runs (simulate)
 * @param seed          Monte Carlo seed (simulate)
 * @param uncertainty   whether the scenario's uncertainty section is used ({@code false}: {@code --no-uncertainty})
 */
public record Job(String kind, String specName, String specText, String scenarioName, String scenarioText,
                  String scenarioSha, long runs, long seed, boolean uncertainty) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("sweep", "sensitivity", "simulate");

    public Job {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown kind of job " + kind + "; one of " + KINDS);
        }
    }

    /** A sweep's or sensitivity analysis's job. */
    public static Job sweep(String kind, String specName, String specText, String scenarioName, String scenarioText,
                            String scenarioSha) {
        return new Job(kind, specName, specText, scenarioName, scenarioText, scenarioSha, 0, 0, true);
    }

    /** A Monte Carlo's job. */
    public static Job simulate(String scenarioName, String scenarioText, String scenarioSha, long runs, long seed) {
        return new Job("simulate", null, null, scenarioName, scenarioText, scenarioSha, runs, seed, true);
    }

    /** This job with the scenario's uncertainty section used or not. */
    public Job withUncertainty(boolean used) {
        return new Job(kind, specName, specText, scenarioName, scenarioText, scenarioSha, runs, seed, used);
    }

    /** The job as the text sent to workers. */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", "plenary.job/1");
        o.put("kind", kind);
        if (specText != null) {
            o.putObject("spec").put("name", specName).put("text", specText);
        }
        o.putObject("scenario").put("name", scenarioName).put("text", scenarioText).put("sha256", scenarioSha);
        if (kind.equals("simulate")) {
            o.put("runs", runs);
            o.put("seed", seed);
        }
        if (!uncertainty) {
            o.put("uncertainty", false);
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The job in {@code text}.
     *
     * @throws IllegalArgumentException when it is not a job
     */
    public static Job parse(String text) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the job is not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !"plenary.job/1".equals(o.path("format").asText())) {
            throw new IllegalArgumentException("the job is not a plenary.job/1 document");
        }
        JsonNode spec = o.path("spec");
        JsonNode sc = o.path("scenario");
        return new Job(o.path("kind").asText(), spec.isObject() ? spec.path("name").asText() : null,
                spec.isObject() ? spec.path("text").asText() : null, sc.path("name").asText("scenario.yaml"),
                sc.path("text").asText(""), sc.path("sha256").asText(""), o.path("runs").asLong(), o.path("seed").asLong(),
                o.path("uncertainty").asBoolean(true));
    }

    /** How a worker prepares the jobs it is sent. */
    public static JobPreparation preparation() {
        return text -> parse(text).prepare();
    }

    /**
     * The work of this job's units, after checking the scenario's hash and reading the texts.
     *
     * @throws IllegalArgumentException naming what does not match or cannot be read
     */
    public UnitWork prepare() {
        String sha = sha256(scenarioText);
        if (!sha.equals(scenarioSha)) {
            throw new IllegalArgumentException("the scenario received has SHA-256 " + sha + ", the coordinator's "
                    + "file " + scenarioSha);
        }
        if (kind.equals("simulate")) {
            Scenario scenario = uncertainty ? scenario() : scenario().withUncertainty(Uncertainty.NONE);
            MonteCarlo mc = new MonteCarlo(scenario);
            MonteCarloSettings settings = new MonteCarloSettings(runs, seed, 1);
            return work -> UnitResults.chunk(mc.chunk(settings, index(work, MonteCarlo.chunks(runs))));
        }
        SweepSpecResult r = SweepSpecReader.read(specName == null ? "spec.yaml" : specName, specText, scenarioName,
                scenarioText);
        if (r.hasErrors() || r.spec().isEmpty()) {
            throw new IllegalArgumentException("the specification cannot be read here: " + r.problems().stream()
                    .filter(Problem::isError).map(Problem::render).findFirst().orElse("unknown problem"));
        }
        SweepSpec spec = uncertainty ? r.spec().get() : r.spec().get().withoutUncertainty();
        SweepPlan plan = kind.equals("sensitivity") ? spec.sensitivityPlan() : spec.plan();
        return work -> {
            int id = (int) index(work, plan.points().size());
            Point p = plan.points().get(id);
            MonteCarloResult result = new MonteCarlo(spec.at(p)).run(new MonteCarloSettings(plan.runsPerPoint(),
                    plan.pointSeed(id), 1));
            return UnitResults.metrics(Metric.of(result));
        };
    }

    private Scenario scenario() {
        ReadResult r = ScenarioReader.read(scenarioText, scenarioName);
        if (r.hasErrors() || r.scenario().isEmpty()) {
            throw new IllegalArgumentException("the scenario cannot be read here: " + r.problems().stream()
                    .filter(Problem::isError).map(Problem::render).findFirst().orElse("unknown problem"));
        }
        return r.scenario().get();
    }

    private static long index(String work, long count) {
        long i;
        try {
            i = Long.parseLong(work.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a unit is a number, not " + work);
        }
        if (i < 0 || i >= count) {
            throw new IllegalArgumentException("no unit " + i + " (0 to " + (count - 1) + ")");
        }
        return i;
    }

    /** Hex SHA-256 of the text's UTF-8 bytes (for a text read from a UTF-8 file: the file's hash). */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return kind.toLowerCase(Locale.ROOT) + " of " + scenarioName;
    }
}
