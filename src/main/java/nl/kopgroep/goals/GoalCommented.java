package nl.kopgroep.goals;

import nl.kopgroep.base.UserId;

/**
 * Published when someone comments under a goal: the goal, its owner, who wrote and their name, and whether the
 * owner wrote it. Never the comment's text.
 */
public record GoalCommented(long goal, UserId owner, UserId writer, String writerName) {

    public boolean byOwner() {
        return owner.equals(writer);
    }
}
