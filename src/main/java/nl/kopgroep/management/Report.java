package nl.kopgroep.management;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A report for one moment of the planning-and-control cycle: the dashboard's figures at the
 * reference date, for the whole organisation or one cohort. {@code capped} says the moment lies in
 * the future, so the report runs to today.
 */
public record Report(PlanningMoment moment, int year, String organisationName, @Nullable String cohortName,
                     Dashboard figures, Instant generatedAt, boolean capped) {

    /** The file name for a download, e.g. kopgroep-voorjaarsnota-2026.pdf. */
    public String fileName(String extension) {
        String when = moment == PlanningMoment.DATE ? "peildatum-" + figures.period().to()
                : moment.name().toLowerCase(java.util.Locale.ROOT) + "-" + year;
        return "kopgroep-" + when + "." + extension;
    }
}
