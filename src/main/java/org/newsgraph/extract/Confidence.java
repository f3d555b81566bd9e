package org.newsgraph.extract;

/** Checks confidence values. */
final class Confidence {
    private Confidence() {
    }

    static void check(double c) {
        if (!(c >= 0.0 && c <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + c);
        }
    }
}
