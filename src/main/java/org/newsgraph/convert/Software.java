package org.newsgraph.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The converter's own identity, recorded in the provenance of every graph it writes. */
public final class Software {
    public static final String NAME = "newsgraph";
    private static final String VERSION = readVersion();

    private Software() {}

    /** The Maven project version, filtered into newsgraph.properties at build time. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Software.class.getResourceAsStream("/newsgraph.properties")) {
            if (in == null) {
                throw new IllegalStateException("newsgraph.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read newsgraph.properties", e);
        }
    }

    public static String agentUri() {
        return Uris.CANONICAL_BASE + "id/software/" + NAME + "-" + version();
    }
}
