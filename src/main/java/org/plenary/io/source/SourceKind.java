package org.plenary.io.source;

import java.util.Locale;

/**
 * What kind of input file is read, for its limit and its messages: a scenario, a sweep
 * specification. The same untrusted-input rules hold for each; only the size limit and the words
 * differ.
 *
 * @param name     what the file is, in messages ("scenario file")
 * @param maxBytes the most bytes read
 * @param shape    what the file holds, for the message of an empty file ("a scenario is a mapping with ...")
 */
public record SourceKind(String name, int maxBytes, String shape) {

    /** The limit in words: {@code 5 MB (5,242,880 bytes)}. */
    public String limitText() {
        return String.format(Locale.ROOT, "%d MB (%,d bytes)", maxBytes / (1024 * 1024), maxBytes);
    }

    /** What an empty file is told. */
    public String emptyFile() {
        return "the file is empty; " + shape;
    }
}
