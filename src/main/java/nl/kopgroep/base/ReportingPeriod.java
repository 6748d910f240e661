package nl.kopgroep.base;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which goals to count (all of the organisation, or one cohort's) and the period, whose last day is the reference date. */
public record ReportingPeriod(@Nullable CohortId cohort, LocalDate from, LocalDate to) {

    public ReportingPeriod {
        if (to.isBefore(from)) {
            throw new DomainException("validation.periodReversed");
        }
    }
}
