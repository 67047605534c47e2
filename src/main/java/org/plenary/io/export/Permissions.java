package org.plenary.io.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary files and folders are created readable by their owner only; results moved into place
 * get the permissions of ordinary files and folders (rw-r--r--, rwxr-xr-x) so that others the user
 * shares them with can read them.
 */
final class Permissions {

    private Permissions() {
    }

    static void shareable(Path p) throws IOException {
        if (Files.getFileAttributeView(p, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
    }
}
