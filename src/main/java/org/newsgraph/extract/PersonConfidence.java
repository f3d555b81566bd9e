package org.newsgraph.extract;

/** How sure we are that a merged person is a real, named person: name finder probability, titles, mentions. */
final class PersonConfidence {
    private PersonConfidence() {
    }

    static double of(PersonClusters.Person p) {
        double c = 0.45 + 0.35 * Math.min(1.0, p.probability());
        if (p.titled()) {
            c += 0.1;
        }
        c += 0.03 * Math.min(3, p.mentions.size() - 1);
        if (p.words().size() > 1) {
            c += 0.03;
        }
        return Math.min(0.99, c);
    }
}
