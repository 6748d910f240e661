package nl.kopgroep.scan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One cohort's closed scans of one round for management: per competency how many scored each level (index 0 = level
 * 1), self and coach, and the median. {@code shown} is false — and the figures empty — when fewer than five
 * participants completed the round (DD009).
 */
public record ScanAggregate(String cohortName, int round, int month, boolean shown, List<Figures> competencies) {

    public record Figures(String code, String name, int[] self, @Nullable Double selfMedian, int[] coach,
                          @Nullable Double coachMedian) {
    }
}
