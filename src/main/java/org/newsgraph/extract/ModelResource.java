package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** A word list shipped in CoreNLP's model jars, read from the class path. */
final class ModelResource {
    private ModelResource() {}

    /** The resource's lines; {@code what} names the list in the error when the models jar is missing. */
    static List<String> lines(String resource, String what) {
        return read(resource, what, Stream::toList);
    }

    /**
     * What the reader makes of the resource's lines as they stream past, so that a large list (the KBP gazetteer's
     * 580,000 lines) is never held whole.
     */
    static <T> T read(String resource, String what, Function<Stream<String>, T> reader) {
        InputStream in = ModelResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("CoreNLP's " + what + " " + resource + " is not on the class path");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.apply(lines.lines());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
