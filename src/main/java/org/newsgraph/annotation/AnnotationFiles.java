package org.newsgraph.annotation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Reads and writes annotation files (YAML), keeping the line of every entity, relation and claim for error messages. */
public final class AnnotationFiles {
    private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnnotationFiles() {}

    public static Annotation read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AnnotationException(file, 0, "annotation file not found");
        }
        ArticleInfo article = null;
        List<EntitySpec> entities = List.of();
        List<RelationSpec> relations = List.of();
        List<ClaimSpec> claims = List.of();
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new AnnotationException(file, line(parser), "expected a mapping with keys article, entities, relations, claims");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser);
                parser.nextToken();
                switch (key) {
                    case "article" -> article = MAPPER.readValue(parser, ArticleInfo.class);
                    case "entities" -> entities = readList(file, parser, EntitySpec.class, EntitySpec::withLine);
                    case "relations" -> relations = readList(file, parser, RelationSpec.class, RelationSpec::withLine);
                    case "claims" -> claims = readList(file, parser, ClaimSpec.class, ClaimSpec::withLine);
                    default -> throw new AnnotationException(file, keyLine,
                            "unknown key '" + key + "' (expected article, entities, relations or claims)");
                }
            }
        } catch (UnrecognizedPropertyException e) {
            throw new AnnotationException(file, e.getLocation().getLineNr(), "unknown key '" + e.getPropertyName()
                    + "' (expected one of: " + e.getKnownPropertyIds().stream().map(Object::toString)
                    .filter(key -> !key.equals("line")) // the record's own bookkeeping, never read from YAML
                    .sorted()
                    .collect(Collectors.joining(", ")) + ")");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new AnnotationException(file, where == null ? 0 : where.getLineNr(), "malformed annotation: " + firstLine(e.getOriginalMessage()));
        } catch (NoSuchFileException e) {
            throw new AnnotationException(file, 0, "annotation file not found");
        } catch (IOException e) {
            throw new AnnotationException(file, 0, "cannot read annotation file: " + e.getMessage());
        }
        if (article == null) {
            throw new AnnotationException(file, 1, "missing 'article' section");
        }
        return new Annotation(article, entities, relations, claims);
    }

    public static void write(Annotation annotation, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, toBytes(annotation));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation file " + file, e);
        }
    }

    /** The exact bytes {@link #write} puts in the file. */
    public static byte[] toBytes(Annotation annotation) {
        try {
            return MAPPER.writeValueAsBytes(annotation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise annotation of " + annotation.article().id(), e);
        }
    }

    private static <T> List<T> readList(Path file, JsonParser parser, Class<T> type, BiFunction<T, Integer, T> withLine)
            throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new AnnotationException(file, line(parser), "expected a list of " + type.getSimpleName().replace("Spec", "").toLowerCase() + " items");
        }
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int itemLine = line(parser);
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new AnnotationException(file, itemLine, "expected a mapping for each item");
            }
            items.add(withLine.apply(MAPPER.readValue(parser, type), itemLine));
        }
        return items;
    }

    /** SnakeYAML's messages run over several lines, repeating the position we already report. */
    private static String firstLine(String message) {
        return message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^"))
                .collect(Collectors.joining("; "));
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
