package org.plenary.web;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.SeatedRun;
import org.plenary.core.protocol.SeatedRun.SeatAnswer;

/**
 * A shared classroom negotiation: a teacher opens it, students claim delegations ("seats") and
 * answer the chair's drafts; the model plays every seat not taken. A round closes when every
 * claimed seat has answered or its time limit passes, the model answering for seats that stayed
 * silent.
 *
 * <p>Pure rules: no network and no clock. Every call that depends on time is given {@code now} in
 * milliseconds by the caller, so the rules can be tested step by step. Each seat has a secret
 * token, handed out once when it is claimed: only its holder can answer for it or rejoin it after
 * losing the connection. The teacher's token allows starting, pausing, resuming and ending.
 * Thread-safe: every method locks the room.
 */
public final class Room {

    /** Where the room stands. */
    public enum State {
        /** Seats are being claimed; the first draft is not yet open for answers. */
        WAITING,
        /** Rounds run; answers are taken. */
        RUNNING,
        /** The teacher paused the clock; answers wait. */
        PAUSED,
        /** The negotiation is over. */
        ENDED
    }

    /** Why a request was refused, with a message for the person who made it. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The reason, worded for the page. */
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * A claimed seat.
     *
     * @param delegation the delegation's id
     * @param student    the name the student gave
     * @param token      the seat's secret (only its holder may answer for it)
     */
    public record Seat(String delegation, String student, String token) {
    }

    private final String code;
    private final Scenario scenario;
    private final long seed;
    private final long roundMillis;
    private final String teacherToken;
    private final RandomGenerator secrets;
    private final SeatedRun run;
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private State state = State.WAITING;
    private long deadline;
    private long remaining;
    private long version;

    /**
     * Opens a room.
     *
     * @param code        the room's code, as students type it
     * @param scenario    the negotiation
     * @param seed        seed of the model's random streams (run 0)
     * @param roundMillis time limit of a round, &gt; 0
     * @param secrets     source of the tokens (a {@link java.security.SecureRandom} outside tests)
     */
    public Room(String code, Scenario scenario, long seed, long roundMillis, RandomGenerator secrets) {
        if (roundMillis <= 0) {
            throw new IllegalArgumentException("round time limit must be positive: " + roundMillis);
        }
        this.code = code;
        this.scenario = scenario;
        this.seed = seed;
        this.roundMillis = roundMillis;
        this.secrets = secrets;
        this.teacherToken = token(secrets);
        this.run = new SeatedRun(new Negotiation(scenario), seed, 0, List.of());
    }

    static String token(RandomGenerator random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The room's code. */
    public String code() {
        return code;
    }

    /** The teacher's secret (given to whoever opened the room). */
    public String teacherToken() {
        return teacherToken;
    }

    /** The negotiation. */
    public Scenario scenario() {
        return scenario;
    }

    /** Seed of the model's streams. */
    public long seed() {
        return seed;
    }

    /** Time limit of a round in milliseconds. */
    public long roundMillis() {
        return roundMillis;
    }

    /**
     * Claims delegation {@code delegation} for a student.
     *
     * @return the seat with its secret token
     * @throws Refused when the seat is taken, unknown, or the negotiation is over
     */
    public synchronized Seat claim(String delegation, String student, long now) {
        tick(now);
        if (state == State.ENDED) {
            throw new Refused("the negotiation is over");
        }
        if (run.negotiation().indexOf(delegation) < 0) {
            throw new Refused("no negotiating delegation '" + delegation + "' in this scenario");
        }
        if (seats.containsKey(delegation)) {
            throw new Refused(delegation + " is already taken by " + seats.get(delegation).student()
                    + " (if that was you, rejoin with your seat's link)");
        }
        Seat seat = new Seat(delegation, student == null || student.isBlank() ? "a student" : student.strip(),
                token(secrets));
        seats.put(delegation, seat);
        run.seat(delegation);
        version++;
        return seat;
    }

    /**
     * Rejoins a seat after a lost connection.
     *
     * @throws Refused when the token is not the seat's
     */
    public synchronized Seat rejoin(String delegation, String token) {
        return owned(delegation, token);
    }

    private Seat owned(String delegation, String token) {
        Seat seat = seats.get(delegation);
        if (seat == null || token == null || !MessageDigest.isEqual(seat.token().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused("this is not your seat: " + delegation);
        }
        return seat;
    }

    private void teacher(String token) {
        if (token == null || !MessageDigest.isEqual(teacherToken.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused("only the teacher who opened the room can do that");
        }
    }

    /** Opens round 1 for answers. */
    public synchronized void start(String token, long now) {
        teacher(token);
        if (state != State.WAITING) {
            throw new Refused("the negotiation has already started");
        }
        state = State.RUNNING;
        deadline = now + roundMillis;
        version++;
    }

    /** Stops the round's clock; answers wait until {@link #resume}. */
    public synchronized void pause(String token, long now) {
        teacher(token);
        tick(now);
        if (state != State.RUNNING) {
            throw new Refused("the negotiation is not running");
        }
        remaining = Math.max(0, deadline - now);
        state = State.PAUSED;
        version++;
    }

    /** Restarts the clock with the time the round had left. */
    public synchronized void resume(String token, long now) {
        teacher(token);
        if (state != State.PAUSED) {
            throw new Refused("the negotiation is not paused");
        }
        deadline = now + remaining;
        state = State.RUNNING;
        version++;
    }

    /** Ends the negotiation: the model answers every remaining round for every seat. */
    public synchronized void end(String token, long now) {
        teacher(token);
        if (state == State.ENDED) {
            return;
        }
        while (!run.closed()) {
            run.closeRound();
        }
        state = State.ENDED;
        version++;
    }

    /**
     * Seat {@code delegation}'s answer to round {@code round} (0-based).
     *
     * @throws Refused when the token is not the seat's, the round is closed (a late answer), the room
     *                 is not running, or the answer is not valid for the draft (the problems, joined)
     */
    public synchronized void answer(String delegation, String token, int round, SeatAnswer answer, long now) {
        owned(delegation, token);
        tick(now);
        switch (state) {
            case WAITING -> throw new Refused("the negotiation has not started yet");
            case PAUSED -> throw new Refused("the negotiation is paused");
            case ENDED -> throw new Refused("the negotiation is over");
            case RUNNING -> {
            }
        }
        if (round != run.round()) {
            throw new Refused("round " + (round + 1) + " is closed; the draft of round " + (run.round() + 1)
                    + " is on the table");
        }
        List<String> problems = run.problems(delegation, answer);
        if (!problems.isEmpty()) {
            throw new Refused(String.join("; ", problems));
        }
        run.answer(delegation, answer);
        version++;
        if (run.allAnswered()) {
            closeRound(now);
        }
    }

    /**
     * Moves the clock to {@code now}: a running round whose time limit has passed closes, the model
     * answering for the seats that stayed silent.
     */
    public synchronized void tick(long now) {
        if (state == State.RUNNING && now >= deadline) {
            closeRound(now);
        }
    }

    private void closeRound(long now) {
        run.closeRound();
        if (run.closed()) {
            state = State.ENDED;
        } else {
            deadline = now + roundMillis;
        }
        version++;
    }

    /** A change counter: anything a page shows changed when it moved. */
    public synchronized long version() {
        return version;
    }

    /** What everybody in the room sees at {@code now}. */
    public synchronized View view(long now) {
        tick(now);
        Map<String, SeatView> seatViews = new LinkedHashMap<>();
        Negotiation g = run.negotiation();
        for (int i = 0; i < g.delegations(); i++) {
            String id = g.id(i);
            Seat s = seats.get(id);
            seatViews.put(id, new SeatView(id, s == null ? null : s.student(),
                    s != null && !run.closed() && run.answered(id)));
        }
        long left = switch (state) {
            case RUNNING -> Math.max(0, deadline - now);
            case PAUSED -> remaining;
            default -> roundMillis;
        };
        return new View(code, state, run.round(), scenario.protocol().maxRounds(), left, version,
                run.closed() ? null : run.draft(), seatViews, run.rounds(), run.answeredByModel(),
                run.closed() ? run.result() : null);
    }

    /** What seat {@code delegation}'s holder sees of the draft on the table. */
    public synchronized Desk desk(String delegation, String token, long now) {
        owned(delegation, token);
        tick(now);
        Negotiation g = run.negotiation();
        Map<String, Double> ideal = new LinkedHashMap<>();
        int i = g.indexOf(delegation);
        for (int c = 0; c < g.clauses(); c++) {
            ideal.put(g.clauseId(c), g.position(i, c));
        }
        if (run.closed()) {
            return new Desk(delegation, run.round(), 0, 0, null, List.of(), false, ideal);
        }
        return new Desk(delegation, run.round(), run.utility(delegation), run.aspiration(delegation),
                run.modelAnswer(delegation).name().toLowerCase(java.util.Locale.ROOT),
                run.redLinesCrossed(delegation), run.answered(delegation), ideal);
    }

    /**
     * A seat as everybody sees it.
     *
     * @param delegation the delegation
     * @param student    who holds it, or {@code null} when the model plays it
     * @param answered   whether it has answered the draft on the table
     */
    public record SeatView(String delegation, String student, boolean answered) {
    }

    /**
     * A seat holder's own numbers for the draft on the table.
     *
     * @param delegation  the seat
     * @param round       0-based round on the table
     * @param utility     its utility of the draft
     * @param aspiration  what the model's delegation aspires to this round
     * @param modelAnswer what the model would answer in its place (null when over)
     * @param redLines    clauses whose red line the draft crosses
     * @param answered    whether it has answered this round
     * @param ideal       its ideal point per clause id
     */
    public record Desk(String delegation, int round, double utility, double aspiration, String modelAnswer,
                       List<String> redLines, boolean answered, Map<String, Double> ideal) {

        public Desk {
            redLines = List.copyOf(redLines);
            ideal = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ideal));
        }
    }

    /**
     * The room as everybody sees it.
     *
     * @param code        room code
     * @param state       where it stands
     * @param round       0-based round on the table (or the last played)
     * @param maxRounds   T
     * @param millisLeft  time left in the round
     * @param version     change counter
     * @param draft       the draft on the table, or {@code null} when over
     * @param seats       per negotiating delegation (ids sorted)
     * @param rounds      the rounds closed so far
     * @param silent      per closed round, the seats the model answered for
     * @param result      the outcome once over, else {@code null}
     */
    public record View(String code, State state, int round, int maxRounds, long millisLeft, long version,
                       org.plenary.core.protocol.Draft draft, Map<String, SeatView> seats, List<RoundRecord> rounds,
                       List<Set<String>> silent, RunResult result) {

        public View {
            seats = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seats));
            rounds = List.copyOf(rounds);
            silent = new ArrayList<>(silent);
        }
    }
}
