package nl.kopgroep.review;

import java.util.Locale;

/** A simple rubric for the depth of a reflection. */
public enum Depth {
    /** What happened. */
    DESCRIBING,
    /** Why it happened, and what it says about me. */
    ANALYSING,
    /** What I will do differently, and why. */
    TRANSFORMING;

    public String labelKey() {
        return "depth." + name().toLowerCase(Locale.ROOT);
    }
}
