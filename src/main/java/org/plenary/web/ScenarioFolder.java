package org.plenary.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.plenary.io.scenario.ScenarioReader;

/**
 * The folder of scenarios a server offers, read as untrusted: whoever can write into it (a shared
 * classroom folder) must not be able to make the server read without end or read files elsewhere.
 * Only the first {@value #MAX_ENTRIES} entries of the folder are looked at and at most
 * {@value #MAX_FILES} scenarios offered (the first by name); only regular files are read, or
 * symbolic links to regular files inside the folder (a link out of it, to a device or to a folder is
 * ignored); each is read through a stream that stops past the scenario reader's own limit.
 */
final class ScenarioFolder {

    /** Scenarios offered at most: more than a class needs in one list. */
    static final int MAX_FILES = 200;
    /** Folder entries looked at at most (of any name), so a folder of millions of files lists quickly. */
    static final int MAX_ENTRIES = 10_000;
    /** Largest scenario file read: the scenario reader's limit. */
    static final int MAX_BYTES = ScenarioReader.MAX_BYTES;

    private final Path folder;

    ScenarioFolder(Path folder) {
        this.folder = folder;
    }

    /** A scenario file refused: over the size limit, or no longer a regular file in the folder. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** The scenario files offered, sorted by name. */
    List<Path> files() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        int seen = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (++seen > MAX_ENTRIES) {
                    break;
                }
                if (p.getFileName().toString().matches("[A-Za-z0-9_.-]+\\.(yaml|yml|json)") && offered(p)) {
                    found.add(p);
                }
            }
        }
        return found.stream().sorted().limit(MAX_FILES).toList();
    }

    /** A regular file, or a link to a regular file inside the folder. */
    private boolean offered(Path p) {
        try {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
            if (!Files.isSymbolicLink(p)) {
                return false;
            }
            Path real = p.toRealPath();
            return real.startsWith(folder.toRealPath()) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            // a link to nothing, or unreadable: not offered
            return false;
        }
    }

    /**
     * The text of {@code p}, one of {@link #files()}: checked again (it may have changed since it was
     * listed) and read up to {@value #MAX_BYTES} bytes.
     *
     * @throws Refused when it is over the limit or no longer offered
     */
    String read(Path p) throws IOException {
        if (!offered(p)) {
            throw new Refused(p.getFileName() + " is not a regular file in the scenario folder");
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (a.size() > MAX_BYTES) {
            throw new Refused(tooLarge(p));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(p)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused(tooLarge(p));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String tooLarge(Path p) {
        return p.getFileName() + " is over the limit of " + ScenarioReader.KIND.limitText() + " for scenario files";
    }
}
