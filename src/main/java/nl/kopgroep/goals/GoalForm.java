package nl.kopgroep.goals;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A new goal: WORK goals name commitment codes, LEARNING goals competencies. */
public record GoalForm(GoalKind kind, String title, @Nullable String description, Set<String> commitments,
                       Set<String> competencies) {
}
