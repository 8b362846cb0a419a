package org.newsgraph.article;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits article text into sentences; a line break always ends a sentence (headlines, bylines, paragraphs). */
public final class SentenceSplitter {

    /** A sentence as char indices into the text, trimmed of surrounding white space. */
    public record Sentence(int begin, int end) {}

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int from, int to, List<Sentence> out) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String line = text.substring(from, to);
        breaks.setText(line);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            // BreakIterator breaks "the U.S.-Canada" after "U.S."; a real sentence end is followed by white space.
            if (end < line.length() && !Character.isWhitespace(line.charAt(end - 1))) {
                continue;
            }
            int b = start;
            int e = end;
            while (b < e && Character.isWhitespace(line.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(line.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                out.add(new Sentence(from + b, from + e));
            }
            start = end;
        }
    }
}
