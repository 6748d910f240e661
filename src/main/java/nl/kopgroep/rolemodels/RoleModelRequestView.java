package nl.kopgroep.rolemodels;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request for a conversation as its participant or its handler sees it. {@code participantMunicipality}: the
 * requester's municipality's name (another one when the role model is shared with the joint programme).
 * {@code session}: the session of kind rolmodelgesprek the conversation became (outcome SESSION).
 * {@code plannable}: the reader may plan this accepted conversation as a session (an administrator of the
 * participant's own municipality).
 */
public record RoleModelRequestView(long id, long roleModelId, String roleModelName, String participantName,
                                   String participantMunicipality, String question, RequestStatus status,
                                   Routing routedTo, @Nullable String answer, @Nullable Outcome outcome,
                                   @Nullable LocalDate meetingOn, Instant createdAt, @Nullable Long session,
                                   boolean plannable) {
}
