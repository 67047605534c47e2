package org.plenary.core.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the protocol in which some delegations ("seats") answer from outside the model — a
 * student in {@code plenary play} or in a classroom room — while the model answers for every other
 * delegation with the same decision code and keyed streams as the engines.
 *
 * <p>Round by round: the draft on the table is read through {@link #draft()}, each seat's answer is
 * given with {@link #answer}, and {@link #closeRound()} moves on; a seat that gave no answer gets
 * the model's ({@link #modelAnswer}). The model's answers of a round are drawn when the round opens,
 * for every delegation as {@link NegotiationRun#play} draws them, so a run whose seats all stay
 * silent is the model's own run, round for round.
 *
 * <p>A seat's objection pulls the chair only on the clauses it amends, toward the positions it
 * names; a refusal names the clauses whose red line the draft crosses and pulls those toward the
 * seat's ideal points, as the model's refusal does. Not thread-safe: a caller that shares a run
 * between threads (a room) locks around it.
 */
public final class SeatedRun {

    /**
     * A seat's answer to a draft.
     *
     * @param kind       accept, object, refuse, or on a draft tabled for adoption reserve or call-vote
     * @param amendments clause id → position asked for (object: at least one; refuse: optional)
     * @param redLines   ids of the clauses whose red line the seat invokes (refuse: at least one)
     */
    public record SeatAnswer(ResponseKind kind, Map<String, Double> amendments, List<String> redLines) {

        public SeatAnswer {
            amendments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(amendments));
            redLines = List.copyOf(redLines);
        }

        /** Accepting the draft. */
        public static SeatAnswer accept() {
            return new SeatAnswer(ResponseKind.ACCEPT, Map.of(), List.of());
        }

        /** Objecting with amendments. */
        public static SeatAnswer object(Map<String, Double> amendments) {
            return new SeatAnswer(ResponseKind.OBJECT, amendments, List.of());
        }

        /** Refusing on the red lines of these clauses. */
        public static SeatAnswer refuse(List<String> redLines) {
            return new SeatAnswer(ResponseKind.REFUSE, Map.of(), redLines);
        }

        /** Joining the consensus with reservations (a draft tabled for adoption only). */
        public static SeatAnswer reserve() {
            return new SeatAnswer(ResponseKind.RESERVE, Map.of(), List.of());
        }

        /** Calling a recorded vote (a draft tabled for adoption only). */
        public static SeatAnswer callVote() {
            return new SeatAnswer(ResponseKind.CALL_VOTE, Map.of(), List.of());
        }
    }

    private final Negotiation g;
    private final NegotiationRun run;
    private final Transcript transcript;
    private final boolean[] seated;
    private final ResponseKind[] model;
    private final ResponseKind[] answers;
    private final SeatAnswer[] given;
    private final double[] amendTo;
    private final List<RoundRecord> records = new ArrayList<>();
    private final List<Set<String>> silent = new ArrayList<>();
    private int round;
    private boolean closed;

    /**
     * Opens run {@code run} of {@code seed} with the given seats.
     *
     * @throws IllegalArgumentException when a seat is not a negotiating delegation
     */
    public SeatedRun(Negotiation negotiation, long seed, long run, Collection<String> seats) {
        this.g = negotiation;
        this.run = new NegotiationRun(negotiation);
        this.transcript = new Transcript(negotiation);
        int n = g.delegations();
        seated = new boolean[n];
        for (String id : seats) {
            int i = g.indexOf(id);
            if (i < 0) {
                throw new IllegalArgumentException("no negotiating delegation " + id);
            }
            seated[i] = true;
        }
        model = new ResponseKind[n];
        answers = new ResponseKind[n];
        given = new SeatAnswer[n];
        amendTo = new double[n * g.clauses()];
        this.run.open(seed, run);
        openRound();
    }

    private void openRound() {
        Arrays.fill(given, null);
        for (int i = 0; i < g.delegations(); i++) {
            model[i] = run.modelAnswer(i, round);
        }
    }

    /**
     * Makes delegation {@code id} a seat from now on (a student who joins while the run goes on);
     * the model's answer already drawn for this round stays its answer if it says nothing.
     *
     * @throws IllegalArgumentException when it is not a negotiating delegation
     */
    public void seat(String id) {
        seated[index(id)] = true;
    }

    /** The negotiation played. */
    public Negotiation negotiation() {
        return g;
    }

    /** The 0-based round whose draft is on the table (after the close: the last round played). */
    public int round() {
        return round;
    }

    /**
     * Whether the draft on the table is tabled for adoption (general-assembly forum: a vote would
     * adopt it); only then may a seat join with reservations or call a vote.
     */
    public boolean forAdoption() {
        return !closed && run.forAdoption();
    }

    /** Whether the run is over ({@link #result()} is final). */
    public boolean closed() {
        return closed;
    }

    /** The draft on the table (after the close: the final text). */
    public Draft draft() {
        return new Draft(run.text(), run.dropped());
    }

    /** U_i of the draft on the table for delegation {@code id}. */
    public double utility(String id) {
        return g.utility(index(id), run.text(), run.dropped());
    }

    /** a_i(t): what the model's delegation {@code id} aspires to in this round. */
    public double aspiration(String id) {
        return g.aspiration(index(id), round);
    }

    /** The model's answer of delegation {@code id} to the draft on the table. */
    public ResponseKind modelAnswer(String id) {
        return model[index(id)];
    }

    /** Ids of the clauses of the draft on the table that cross delegation {@code id}'s red lines. */
    public List<String> redLinesCrossed(String id) {
        return Amendment.redLinesCrossed(g, index(id), run.text(), run.dropped());
    }

    /** Whether {@code id} is a seat played from outside. */
    public boolean seated(String id) {
        int i = g.indexOf(id);
        return i >= 0 && seated[i];
    }

    /** Whether seat {@code id} has answered the draft on the table. */
    public boolean answered(String id) {
        return given[index(id)] != null;
    }

    /** Whether every seat has answered the draft on the table. */
    public boolean allAnswered() {
        for (int i = 0; i < seated.length; i++) {
            if (seated[i] && given[i] == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is wrong with {@code answer} from seat {@code id} for the draft on the table, one message
     * per problem (empty when it can be given).
     */
    public List<String> problems(String id, SeatAnswer answer) {
        List<String> problems = new ArrayList<>();
        int i = g.indexOf(id);
        if (i < 0 || !seated[i]) {
            problems.add(id + " is not a seat of this negotiation");
            return problems;
        }
        if (closed) {
            problems.add("the negotiation is over");
            return problems;
        }
        boolean[] dropped = run.dropped();
        for (Map.Entry<String, Double> e : answer.amendments().entrySet()) {
            int c = clause(e.getKey());
            double p = e.getValue() == null ? Double.NaN : e.getValue();
            if (c < 0) {
                problems.add("no clause " + e.getKey() + " (clauses: " + String.join(", ", clauseIds()) + ")");
            } else if (dropped[c]) {
                problems.add("clause " + e.getKey() + " was dropped from the text");
            } else if (!(p >= 0 && p <= 100)) {
                problems.add("position " + e.getValue() + " for " + e.getKey() + " is not between 0 and 100");
            }
        }
        List<String> crossed = Amendment.redLinesCrossed(g, i, run.text(), dropped);
        for (String c : answer.redLines()) {
            if (clause(c) < 0) {
                problems.add("no clause " + c + " (clauses: " + String.join(", ", clauseIds()) + ")");
            } else if (!crossed.contains(c)) {
                problems.add("the draft does not cross " + id + "'s red line on " + c
                        + (crossed.isEmpty() ? " (it crosses none: object instead)" : " (it crosses: "
                        + String.join(", ", crossed) + ")"));
            }
        }
        switch (answer.kind()) {
            case ACCEPT -> {
                if (!answer.amendments().isEmpty() || !answer.redLines().isEmpty()) {
                    problems.add("an acceptance carries no amendment and no red line");
                }
                if (!crossed.isEmpty()) {
                    problems.add("the draft crosses " + id + "'s red line on " + String.join(", ", crossed)
                            + ": it cannot be accepted (refuse, naming the red line)");
                }
            }
            case OBJECT -> {
                if (answer.amendments().isEmpty()) {
                    problems.add("an objection names at least one amendment (clause and position)");
                }
                if (!answer.redLines().isEmpty()) {
                    problems.add("an objection names no red line (refuse instead)");
                }
            }
            case REFUSE -> {
                if (answer.redLines().isEmpty()) {
                    problems.add("a refusal names the red line the draft crosses"
                            + (crossed.isEmpty() ? " (it crosses none: object instead)"
                            : " (" + String.join(", ", crossed) + ")"));
                }
            }
            case RESERVE, CALL_VOTE -> {
                String what = answer.kind() == ResponseKind.RESERVE ? "joining with reservations" : "calling a vote";
                if (!run.forAdoption()) {
                    problems.add(what + " is possible only on a draft the chair tables for adoption"
                            + " (general-assembly forum, when a vote would adopt it)");
                }
                if (!answer.amendments().isEmpty() || !answer.redLines().isEmpty()) {
                    problems.add(what + " carries no amendment and no red line");
                }
            }
        }
        return problems;
    }

    /**
     * Records seat {@code id}'s answer to the draft on the table (a later answer in the same round
     * replaces it).
     *
     * @throws IllegalArgumentException with {@link #problems}' messages when it cannot be given
     */
    public void answer(String id, SeatAnswer answer) {
        List<String> problems = problems(id, answer);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        given[g.indexOf(id)] = answer;
    }

    /**
     * Closes the round: seats that did not answer get the model's answer; the chair moves on (or the
     * run ends, by consensus, after the last round, or by the closing vote).
     *
     * @return the round's record
     * @throws IllegalStateException when the run is over
     */
    public RoundRecord closeRound() {
        if (closed) {
            throw new IllegalStateException("the negotiation is over");
        }
        int n = g.delegations();
        int k = g.clauses();
        double[] text = run.text();
        Set<String> byModel = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            SeatAnswer a = given[i];
            if (a == null) {
                answers[i] = model[i];
                if (seated[i]) {
                    byModel.add(g.id(i));
                }
                for (int c = 0; c < k; c++) {
                    amendTo[i * k + c] = g.position(i, c);
                }
                continue;
            }
            answers[i] = a.kind();
            Arrays.fill(amendTo, i * k, i * k + k, Double.NaN);
            for (String c : a.redLines()) {
                int ci = clause(c);
                amendTo[i * k + ci] = g.position(i, ci);
            }
            for (Map.Entry<String, Double> e : a.amendments().entrySet()) {
                amendTo[i * k + clause(e.getKey())] = e.getValue();
            }
        }
        SeatAnswer[] seatAnswers = given.clone();
        double[] before = text.clone();
        boolean[] droppedBefore = run.dropped().clone();
        NegotiationRun.Step step = run.answered(round, answers, amendTo, transcript);
        List<RoundRecord> rounds = transcript.rounds();
        RoundRecord raw = rounds.get(rounds.size() - 1);
        RoundRecord record = new RoundRecord(raw.round(), raw.draft(),
                seatResponses(raw.responses(), seatAnswers, before, droppedBefore), raw.dropped());
        records.add(record);
        silent.add(Set.copyOf(byModel));
        if (step == NegotiationRun.Step.VOTE) {
            run.vote();
        }
        if (step == NegotiationRun.Step.ADOPTION) {
            // the same draft tabled for adoption: every seat answers it again in the same round
            openRound();
        } else if (step == NegotiationRun.Step.NEXT_ROUND) {
            round++;
            openRound();
        } else {
            closed = true;
        }
        return record;
    }

    /** The transcript's responses, with each answering seat's own amendments in place of the model's. */
    private List<Response> seatResponses(List<Response> raw, SeatAnswer[] seatAnswers, double[] text,
                                         boolean[] dropped) {
        List<Response> out = new ArrayList<>(raw);
        int gamma = g.protocol().loss().gamma();
        for (int i = 0; i < seatAnswers.length; i++) {
            SeatAnswer a = seatAnswers[i];
            if (a == null) {
                continue;
            }
            Map<String, Double> asked = new LinkedHashMap<>();
            for (String c : a.redLines()) {
                asked.put(c, g.position(i, clause(c)));
            }
            asked.putAll(a.amendments());
            List<Amendment> amendments = new ArrayList<>();
            for (Map.Entry<String, Double> e : asked.entrySet()) {
                int c = clause(e.getKey());
                double d = Math.abs(text[c] - g.position(i, c)) / 100.0;
                amendments.add(new Amendment(e.getKey(), e.getValue(),
                        g.normalisedSalience(i, c) * (gamma == 1 ? d : d * d)));
            }
            Response r = raw.get(i);
            out.set(i, new Response(r.delegationId(), a.kind(), r.utility(), r.aspiration(),
                    Amendment.redLinesCrossed(g, i, text, dropped), amendments));
        }
        return out;
    }

    /** The rounds closed so far. */
    public List<RoundRecord> rounds() {
        return List.copyOf(records);
    }

    /** Per closed round, the seats that stayed silent and were answered by the model. */
    public List<Set<String>> answeredByModel() {
        return List.copyOf(silent);
    }

    /**
     * The run as a value, with its transcript.
     *
     * @throws IllegalStateException before the close
     */
    public RunResult result() {
        if (!closed) {
            throw new IllegalStateException("the negotiation is still open");
        }
        return run.result(records);
    }

    private int index(String id) {
        int i = g.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no negotiating delegation " + id);
        }
        return i;
    }

    private int clause(String id) {
        for (int c = 0; c < g.clauses(); c++) {
            if (g.clauseId(c).equals(id)) {
                return c;
            }
        }
        return -1;
    }

    private List<String> clauseIds() {
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < g.clauses(); c++) {
            ids.add(g.clauseId(c));
        }
        return ids;
    }
}
