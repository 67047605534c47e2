package org.plenary.engine.jade.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void unitsGoOutInOrderUpToEachWorkersRoom() {
        Ledger l = new Ledger(5);
        assertEquals(List.of(0, 1), l.handOut("a", 2));
        assertEquals(List.of(2), l.handOut("b", 1));
        assertEquals(2, l.held("a"));
        assertEquals(List.of(3, 4), l.handOut("b", 5));
        assertEquals(List.of(), l.handOut("c", 5));
    }

    @Test
    void aLostWorkersUnitsComeBackFirstAndTheFirstResultCountsOnce() {
        Ledger l = new Ledger(4);
        assertEquals(List.of(0, 1), l.handOut("a", 2));
        assertTrue(l.complete("a", 0));
        assertEquals(1, l.lose("a"));
        // unit 1 was in flight at the lost worker: it is the next one out, before 2 and 3
        assertEquals(List.of(1, 2), l.handOut("b", 2));
        assertTrue(l.complete("b", 1));
        // the lost worker answers after all: a duplicate, ignored
        assertFalse(l.complete("a", 1));
        assertEquals(1, l.duplicates());
        assertEquals(2, l.completed());
        assertTrue(l.complete("b", 2));
        assertEquals(List.of(3), l.handOut("b", 5));
        assertFalse(l.finished());
        assertTrue(l.complete("b", 3));
        assertTrue(l.finished());
    }

    @Test
    void aUnitGivenBackIsHandedOutAgain() {
        Ledger l = new Ledger(2);
        assertEquals(List.of(0), l.handOut("a", 1));
        l.giveBack("a", 0);
        assertEquals(0, l.held("a"));
        assertEquals(List.of(0, 1), l.handOut("b", 2));
        assertFalse(l.known(2));
        assertFalse(l.isDone(0));
    }
}
