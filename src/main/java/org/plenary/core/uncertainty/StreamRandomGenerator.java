package org.plenary.core.uncertainty;

import org.apache.commons.math3.random.AbstractRandomGenerator;
import org.plenary.core.random.KeyedStream;

/**
 * Lets Commons Math samplers draw from a keyed stream: every value they use comes from the stream
 * currently {@link #use used}, never from a generator of their own.
 */
final class StreamRandomGenerator extends AbstractRandomGenerator {

    private KeyedStream stream;

    void use(KeyedStream s) {
        this.stream = s;
    }

    @Override
    public double nextDouble() {
        return stream.nextDouble();
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("seeded only through keyed streams");
    }
}
