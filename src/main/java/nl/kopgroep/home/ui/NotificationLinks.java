package nl.kopgroep.home.ui;

import java.util.Optional;
import nl.kopgroep.journal.JournalNavigation;
import nl.kopgroep.notification.NotificationTarget;
import nl.kopgroep.review.ReviewNavigation;
import org.jspecify.annotations.Nullable;

/** Where a notification leads: its target, resolved to today's route through the features' navigation. */
final class NotificationLinks {

    private NotificationLinks() {
    }

    static Optional<String> location(@Nullable NotificationTarget target) {
        if (target == null) {
            return Optional.empty();
        }
        return Optional.of(switch (target.kind()) {
            case OWN_ENTRY -> JournalNavigation.entry(target.entry());
            case COACHEE_ENTRY -> ReviewNavigation.entry(target.entry());
            case OWN_MAP -> nl.kopgroep.connections.ConnectionsNavigation.map();
            case COACHEE_MAP -> nl.kopgroep.connections.ConnectionsNavigation.coachee(target.mapOwner());
            case SESSION -> nl.kopgroep.sessions.SessionsNavigation.session(target.id());
            case PEER_ASSIST -> nl.kopgroep.knowledge.KnowledgeNavigation.mine();
            case ROLE_MODEL_REQUEST -> nl.kopgroep.rolemodels.RoleModelsNavigation.requests();
            case OWN_ROLE_MODEL_REQUEST -> nl.kopgroep.rolemodels.RoleModelsNavigation.directory();
        });
    }
}
