package org.newsgraph.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the extractor's word lists and gazetteers, YAML files packaged with it; an unknown key is an error. */
final class ResourceYaml {
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ResourceYaml() {}

    /** @param what what the resource is, for the error message ("lexicon") */
    static <T> T read(String resource, Class<T> type, String what) {
        try (InputStream in = ResourceYaml.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " resource " + resource + " is missing from the classpath");
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + resource, e);
        }
    }
}
