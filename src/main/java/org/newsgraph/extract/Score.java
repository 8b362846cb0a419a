package org.newsgraph.extract;

/**
 * Precision, recall and F1 from counts: how many predictions matched, of how many, and how many gold items were
 * found, of how many (the two matched counts differ under overlap matching).
 */
public record Score(int matchedPredicted, int predicted, int matchedGold, int gold) {
    public double precision() {
        return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(matchedPredicted + o.matchedPredicted, predicted + o.predicted, matchedGold + o.matchedGold,
                gold + o.gold);
    }
}
