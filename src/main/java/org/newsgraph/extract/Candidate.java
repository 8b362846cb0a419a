package org.newsgraph.extract;

import edu.stanford.nlp.pipeline.CoreEntityMention;

/** A mention being collected, with what is known about it; {@code parent} is its union-find link. */
final class Candidate {
    final int begin;
    final int end;
    final String text;
    final int sentence;
    String type;
    String link;
    String gazetteerLabel;
    boolean named = true;
    boolean nationality;
    /** For events: the possessor's char range ("Canada's reassessment"), head lemma, and whether it points back. */
    int[] possessor;
    String headLemma;
    boolean anaphor;
    /**
     * For a given name that shares the surname of the name coordinated with it ("Barack" in "Barack and Michelle
     * Obama"): the person's full name.
     */
    String fullName;
    /** For an acronym or a short name: the full name the article gives ("Kurdistan Workers' Party (PKK)"). */
    Candidate abbreviates;
    CoreEntityMention source;
    Candidate parent = this;

    Candidate(int begin, int end, String text, int sentence) {
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.sentence = sentence;
    }

    /** The name the mention stands for: its text, or the full name a coordinated given name implies. */
    String name() {
        return fullName != null ? fullName : text;
    }

    boolean overlaps(Candidate o) {
        return begin < o.end && o.begin < end;
    }

    Candidate root() {
        Candidate c = this;
        while (c.parent != c) {
            c = c.parent;
        }
        return c;
    }
}
