package org.plenary.engine.jade.distributed;

/**
 * A worker as the coordinator saw it, for the manifest and the progress line.
 *
 * @param name      the name it gave (or the coordinator's own, {@code local})
 * @param host      the address its container listens on
 * @param threads   threads it computes on
 * @param unitsDone units whose first result came from it
 * @param status    {@code connected}, {@code dismissed}, or {@code lost: <why>}
 */
public record WorkerRecord(String name, String host, int threads, long unitsDone, String status) {
}
