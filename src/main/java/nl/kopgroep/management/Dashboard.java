package nl.kopgroep.management;

import java.util.List;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.goals.MonthCount;
import nl.kopgroep.journal.CohortActivity;
import nl.kopgroep.programme.CohortProgress;
import org.jspecify.annotations.Nullable;

/**
 * Everything on the management dashboard for one filter: progress per theme and commitment of the
 * agreement in force, programme progress per cohort, check-ins per month, and journal activity as
 * cohort aggregates only. {@code agreementTitle} is null when no agreement was imported yet.
 */
public record Dashboard(ReportingPeriod period, @Nullable String agreementTitle, List<ThemeProgress> themes,
                        int commitments, int commitmentsWithGoals, int workGoals, int participantsWithGoals,
                        CommitmentProgress.StatusCounts status, List<CohortProgress> programme,
                        List<MonthCount> checkInsPerMonth, List<CohortActivity> journalActivity,
                        int goalsOutsideAgreement) {
}
