package nl.kopgroep.goals.ui;

import nl.kopgroep.goals.GoalConversationService;
import nl.kopgroep.goals.GoalHistoryService;
import nl.kopgroep.goals.GoalService;
import org.jspecify.annotations.Nullable;

/**
 * What a goal card may call, by reader: everyone the check-in history; owner and coach the comments;
 * only the owner the goal's own actions (check-in, key result, adjustment, re-link).
 */
record GoalCardServices(GoalHistoryService history, @Nullable GoalConversationService conversation,
                        @Nullable GoalService own) {

    static GoalCardServices owner(GoalService own, GoalHistoryService history, GoalConversationService conversation) {
        return new GoalCardServices(history, conversation, own);
    }

    static GoalCardServices coach(GoalHistoryService history, GoalConversationService conversation) {
        return new GoalCardServices(history, conversation, null);
    }

    static GoalCardServices management(GoalHistoryService history) {
        return new GoalCardServices(history, null, null);
    }
}
