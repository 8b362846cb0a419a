package org.newsgraph.article;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects text that is not English. English prose is about 40–50 % function words ("the", "of", "and", …); other
 * languages share only a few of them ("a", "in"), and texts in other scripts none, so a share below
 * {@value #MIN_SHARE_PERCENT} % of the words means the text is not English. Needs no model and no download.
 */
public final class EnglishCheck {
    static final int MIN_SHARE_PERCENT = 15;
    /** Shorter texts (a headline) carry too few words to judge and pass. */
    static final int MIN_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "a", "an", "in", "is", "it", "that", "for", "on", "was", "with", "as", "at",
            "by", "be", "this", "are", "from", "or", "have", "has", "had", "not", "but", "they", "he", "she", "his",
            "her", "their", "its", "we", "you", "i", "which", "who", "will", "would", "been", "were", "there",
            "about", "more", "than", "also", "after", "into", "over", "said", "says", "can", "could", "should",
            "may", "these", "those", "other", "such", "when", "what", "where", "while", "our", "them", "him",
            "if", "so", "no", "up", "out", "all", "one", "new", "do", "does", "did", "under", "between", "against");

    private EnglishCheck() {}

    /** @throws ArticleInputException naming the file when the text is not English */
    public static void require(Path source, String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int english = 0;
        while (m.find()) {
            words++;
            if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        if (words == 0) {
            throw new ArticleInputException(source, "the article has no words");
        }
        if (words >= MIN_WORDS && english * 100 < MIN_SHARE_PERCENT * words) {
            throw new ArticleInputException(source, String.format(
                    "the article is not in English (only %d of its %d words are common English words; at least %d %% expected)",
                    english, words, MIN_SHARE_PERCENT));
        }
    }
}
