package nl.kopgroep.rolemodels;

import java.util.Optional;
import nl.kopgroep.base.Messages;
import nl.kopgroep.journal.EntryOccasion;
import nl.kopgroep.journal.EntryOccasions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * A logged conversation with a role model as the occasion of a journal entry: the participant's own request only,
 * once its meeting is logged. The prompt repeats their question.
 */
@Component
class RoleModelConversations implements EntryOccasions {

    static final String KIND = "rolmodelgesprek";

    private final RoleModelRequestService requests;

    RoleModelConversations(RoleModelRequestService requests) {
        this.requests = requests;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Optional<EntryOccasion> occasion(long id) {
        return requests.myLoggedMeeting(id).map(request -> new EntryOccasion(
                Messages.text("roleModels.journal.title", Messages.DUTCH, request.roleModelName()),
                Messages.text("roleModels.journal.prompt", Messages.DUTCH, request.roleModelName(), request.question())));
    }
}
