package nl.kopgroep.programme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How much a practice assignment asks: the core ones are meant for every participant beside a
 * full-time job, the deepening ones for who has room for more. Written in the content in Dutch.
 */
public enum PracticeLevel {
    /** Every participant does it: about one per module. */
    KERN,
    /** Optional: for who wants to go deeper. */
    VERDIEPING;

    /** The value as written in a lesson's front matter. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "programme.practiceLevel." + code();
    }

    public String explanationKey() {
        return labelKey() + ".explanation";
    }

    static Optional<PracticeLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code().equals(code)).findFirst();
    }
}
