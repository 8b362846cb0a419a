package org.newsgraph.extract;

/**
 * How many different names link to each Wikipedia title of the dictionary, counted up to two: an article about a
 * person is reached by several forms of the name ("Obama", "Barack Obama"), while a title only its own full name
 * reaches is mostly a red link or a namesake's page. Titles are kept as 64-bit hashes in open-addressing arrays,
 * since the dictionary has millions of titles and only this count is wanted.
 */
final class TitleNameCounts {
    /** 2^24 slots: the 6.3 million titles of CoreNLP 4.5's dictionary fill under 40 % of them. */
    private static final int SLOTS = 1 << 24;
    private final long[] keys = new long[SLOTS];
    private final byte[] counts = new byte[SLOTS];
    private int used;

    /** Records one more name (dictionary line) linking to the title. */
    void add(String title) {
        int slot = slot(hash(title));
        if (counts[slot] < 2) {
            counts[slot]++;
        }
    }

    /** Whether exactly one name of the dictionary links to the title. */
    boolean reachedByOneName(String title) {
        return count(title) == 1;
    }

    /** Whether some name of the dictionary links to the title. */
    boolean knows(String title) {
        return count(title) > 0;
    }

    private int count(String title) {
        long h = hash(title);
        for (int i = index(h); ; i = (i + 1) & (SLOTS - 1)) {
            if (keys[i] == 0) {
                return 0;
            }
            if (keys[i] == h) {
                return counts[i];
            }
        }
    }

    private int slot(long h) {
        for (int i = index(h); ; i = (i + 1) & (SLOTS - 1)) {
            if (keys[i] == h) {
                return i;
            }
            if (keys[i] == 0) {
                if (++used > SLOTS * 3 / 4) {
                    throw new IllegalStateException("the Wikipedia dictionary has more titles than " + SLOTS * 3 / 4);
                }
                keys[i] = h;
                return i;
            }
        }
    }

    private static int index(long h) {
        return (int) (h ^ (h >>> 32)) & (SLOTS - 1);
    }

    /** FNV-1a over the UTF-16 units; 0 marks an empty slot, so it is never a key. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
