package org.plenary.engine.jade;

/**
 * How the JADE engine runs.
 *
 * @param host        address the platform binds to; loopback ({@code 127.0.0.1}) unless given
 * @param aclLog      receives every ACL message as a JSON line, or {@code null}
 * @param replyWait   milliseconds of one wait for a delegation's answer, &gt; 0
 * @param maxWaits    waits without an answer after which a delegation is reported lost, ≥ 1
 */
public record JadeSettings(String host, AclLog aclLog, long replyWait, int maxWaits) {

    /** The loopback address, the default host. */
    public static final String LOOPBACK = "127.0.0.1";

    public JadeSettings {
        if (host == null || host.isBlank()) {
            host = LOOPBACK;
        }
        if (replyWait <= 0) {
            throw new IllegalArgumentException("replyWait must be positive: " + replyWait);
        }
        if (maxWaits < 1) {
            throw new IllegalArgumentException("maxWaits must be at least 1: " + maxWaits);
        }
    }

    /** Loopback, no ACL log, waits of 500 ms, a delegation lost after 20 waits without an answer. */
    public static JadeSettings defaults() {
        return new JadeSettings(LOOPBACK, null, 500, 20);
    }

    /** A copy with another host. */
    public JadeSettings withHost(String h) {
        return new JadeSettings(h, aclLog, replyWait, maxWaits);
    }

    /** A copy writing the ACL transcript to {@code log}. */
    public JadeSettings withAclLog(AclLog log) {
        return new JadeSettings(host, log, replyWait, maxWaits);
    }

    /** A copy with other bounds on waiting for answers. */
    public JadeSettings withWaits(long wait, int waits) {
        return new JadeSettings(host, aclLog, wait, waits);
    }
}
