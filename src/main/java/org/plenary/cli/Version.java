package org.plenary.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** Plenary's version, from the properties file the build writes. */
public final class Version implements IVersionProvider {

    /** The version string, e.g. {@code 0.1.0}, or {@code unknown}. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/org/plenary/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"plenary " + current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
