package org.plenary.engine.jade.distributed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which unit is waiting, in flight at which workers, or done. Units are handed out in the order of
 * their ids; a unit given back (its worker died or fell silent) goes to the front, so that the units
 * a lost worker held are the next ones handed out. Memory: one bit per unit and the units in flight.
 * Not thread-safe: the coordinator agent's thread owns it.
 */
final class Ledger {

    private final int units;
    private final java.util.BitSet done;
    /** Units given back, handed out before the next new one. */
    private final Deque<Integer> waiting = new ArrayDeque<>();
    /** The next unit never handed out. */
    private int next;
    private final Map<String, Set<Integer>> inFlight = new HashMap<>();
    private int completed;
    private long duplicates;

    /** A ledger of units 0 … {@code units − 1}, handed out in that order. */
    Ledger(int units) {
        this.units = units;
        this.done = new java.util.BitSet(units);
    }

    /** Up to {@code room} units for {@code worker}, now in flight there. */
    List<Integer> handOut(String worker, int room) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> held = inFlight.computeIfAbsent(worker, w -> new LinkedHashSet<>());
        while (out.size() < room && (!waiting.isEmpty() || next < units)) {
            int u = waiting.isEmpty() ? next++ : waiting.poll();
            if (!done.get(u)) {
                held.add(u);
                out.add(u);
            }
        }
        return out;
    }

    /** Units in flight at {@code worker}. */
    int held(String worker) {
        Set<Integer> s = inFlight.get(worker);
        return s == null ? 0 : s.size();
    }

    /** Whether {@code unit} is in flight at {@code worker}. */
    boolean holds(String worker, int unit) {
        Set<Integer> s = inFlight.get(worker);
        return s != null && s.contains(unit);
    }

    /**
     * {@code worker} returned {@code unit}'s result.
     *
     * @return true when this is the unit's first result (to be merged); false for a duplicate
     */
    boolean complete(String worker, int unit) {
        Set<Integer> s = inFlight.get(worker);
        if (s != null) {
            s.remove(unit);
        }
        if (done.get(unit)) {
            duplicates++;
            return false;
        }
        done.set(unit);
        completed++;
        // the same unit may still be in flight elsewhere (handed out again): its answer will be a duplicate
        return true;
    }

    /** {@code worker} gave {@code unit} back unanswered (its result could not be used): it waits again, first in line. */
    void giveBack(String worker, int unit) {
        Set<Integer> s = inFlight.get(worker);
        if (s != null && s.remove(unit) && !done.get(unit)) {
            waiting.addFirst(unit);
        }
    }

    /**
     * {@code worker} is gone: the units it held that are not done wait again, first in line.
     *
     * @return how many units were handed back
     */
    int lose(String worker) {
        Set<Integer> s = inFlight.remove(worker);
        if (s == null) {
            return 0;
        }
        List<Integer> back = new ArrayList<>();
        for (int u : s) {
            if (!done.get(u) && !waiting.contains(u)) {
                back.add(u);
            }
        }
        for (int i = back.size() - 1; i >= 0; i--) {
            waiting.addFirst(back.get(i));
        }
        return back.size();
    }

    /** Whether {@code unit} is done. */
    boolean isDone(int unit) {
        return unit >= 0 && unit < units && done.get(unit);
    }

    /** Whether {@code unit} is a unit id of this ledger. */
    boolean known(int unit) {
        return unit >= 0 && unit < units;
    }

    /** Units done. */
    int completed() {
        return completed;
    }

    /** Whether every unit is done. */
    boolean finished() {
        return completed == units;
    }

    /** Results that arrived for a unit already done (and were ignored). */
    long duplicates() {
        return duplicates;
    }
}
