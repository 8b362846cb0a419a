package org.newsgraph.convert;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Mints the dataset's URIs (see docs/model.md). Every URI depends only on the data, never on run order or time. */
public final class Uris {
    /** The base written into data/; the server rewrites it to its own address. */
    public static final String CANONICAL_BASE = "https://newsgraph.org/";
    public static final String ONTOLOGY = CANONICAL_BASE + "ontology";
    public static final String NS = ONTOLOGY + "#";
    public static final String ONTOLOGY_GRAPH = CANONICAL_BASE + "graph/ontology";
    public static final String META_GRAPH = CANONICAL_BASE + "graph/meta";
    public static final String DATASET = CANONICAL_BASE + "id/dataset";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Uris() {}

    public static String entity(String type, String slug) {
        return CANONICAL_BASE + "id/" + type.toLowerCase(Locale.ROOT) + "/" + slug;
    }

    public static String article(String articleId) {
        return CANONICAL_BASE + "id/article/" + articleId;
    }

    public static String articleGraph(String articleId) {
        return CANONICAL_BASE + "graph/article/" + articleId;
    }

    public static String sentence(String articleId, int number) {
        return article(articleId) + "/sentence/" + number;
    }

    public static String mention(String articleId, int begin, int end) {
        return article(articleId) + "/mention/" + begin + "-" + end;
    }

    public static String span(String articleId, int begin, int end) {
        return article(articleId) + "/span/" + begin + "-" + end;
    }

    public static String statement(String articleId, String subjectSlug, String predicate, String objectSlug) {
        return article(articleId) + "/statement/" + subjectSlug + "--" + slug(predicate) + "--" + objectSlug;
    }

    public static String claim(String articleId, String source, String text) {
        return article(articleId) + "/claim/" + sha256Hex(source + "\n" + text).substring(0, 12);
    }

    public static String group(String articleId, String slug) {
        return article(articleId) + "/group/" + slug;
    }

    public static String term(String localName) {
        return NS + localName;
    }

    /**
     * Transliterated to ASCII, lower-case, runs of anything but a-z0-9 collapsed to one '-': "Łukasz Kubot" is
     * "lukasz-kubot", "Kılıçdaroğlu" "kilicdaroglu", "Путин" "putin" (Unicode's transliterations, which folding the
     * accents alone does not give for "Ł", "ı", "ø" or another script). Text with no letter or digit to keep gets a
     * hash.
     */
    public static String slug(String text) {
        String slug = ascii(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" + sha256Hex(text).substring(0, 8) : slug;
    }

    private static synchronized String ascii(String text) {
        return TO_ASCII.transliterate(text); // a Transliterator is not safe for concurrent use
    }

    /** The text with its accents and other combining marks removed: "Céline" → "Celine". */
    public static String withoutDiacritics(String text) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
