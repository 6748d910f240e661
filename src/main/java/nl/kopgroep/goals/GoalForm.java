package nl.kopgroep.goals;

import java.util.Set;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/**
 * A new goal: WORK goals name commitment codes, LEARNING goals competencies; either may carry
 * municipal roles (the four-roles lens).
 */
public record GoalForm(GoalKind kind, String title, @Nullable String description, Set<String> commitments,
                       Set<String> competencies, Set<MunicipalRole> roles) {

    public GoalForm(GoalKind kind, String title, @Nullable String description, Set<String> commitments,
                    Set<String> competencies) {
        this(kind, title, description, commitments, competencies, Set.of());
    }
}
