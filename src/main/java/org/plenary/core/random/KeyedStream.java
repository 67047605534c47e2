package org.plenary.core.random;

import java.nio.charset.StandardCharsets;

/**
 * A counter-based random stream addressed by a key (seed, run, delegation, purpose).
 *
 * <p>The n-th value is a bijective 64-bit mix (the SplitMix64 finaliser, Steele, Lea &amp; Flood
 * 2014) of {@code key + n·φ}, so a stream's values depend on its key alone: never on which thread
 * draws it, in which order runs execute, or how many other streams exist. That is what makes
 * results identical for any thread count or engine. Re-keying is an assignment, so one instance
 * is reused across runs without allocation.
 *
 * <p>Not thread-safe: each worker owns its instances.
 */
public final class KeyedStream {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long key;
    private long counter;
    /** The second normal of the last polar pair, when not yet used. */
    private double spareGaussian;
    private boolean hasSpare;

    /** A stream positioned at the start of the given key. */
    public static KeyedStream of(long seed, long run, String delegationId, Purpose purpose) {
        KeyedStream s = new KeyedStream();
        s.rekey(seed, run, idKey(delegationId), purpose);
        return s;
    }

    /** Moves this stream to the start of another key. */
    public void rekey(long seed, long run, long delegationKey, Purpose purpose) {
        long k = mix(seed ^ 0x5DEECE66DL);
        k = mix(k ^ (run * 0xC2B2AE3D27D4EB4FL));
        k = mix(k ^ delegationKey);
        key = mix(k ^ ((purpose.ordinal() + 1L) * 0x165667B19E3779F9L));
        counter = 0;
        hasSpare = false;
    }

    /** A 64-bit key for a delegation id (FNV-1a over its UTF-8 bytes, then mixed). */
    public static long idKey(String delegationId) {
        long h = 0xcbf29ce484222325L;
        for (byte b : delegationId.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        return mix(key + GOLDEN * ++counter);
    }

    /** A uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * A standard normal value, by Marsaglia's polar method: each accepted pair of uniforms gives two
     * normals with one logarithm and one square root and no trigonometry; the second is kept for the
     * next call (and forgotten on re-keying, so a stream still depends on its key alone).
     */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * factor;
        hasSpare = true;
        return u * factor;
    }


    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
