package nl.kopgroep.goals;

import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A WORK goal as management sees it at a reference date: its status then ({@code null} when it had
 * no check-in yet), the share of its key results reached then (0–1, {@code null} without key
 * results), and what happened in the period: check-ins and the latest evidence.
 */
public record WorkGoalProgress(long goalId, String title, UserId owner, String ownerName, List<String> commitments,
                               @Nullable GoalStatus status, @Nullable Double keyResultProgress, int keyResults,
                               int keyResultsReached, int checkInsInPeriod, @Nullable String latestEvidence,
                               @Nullable Instant latestEvidenceAt) {
}
