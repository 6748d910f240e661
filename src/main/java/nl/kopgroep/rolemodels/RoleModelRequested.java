package nl.kopgroep.rolemodels;

import java.util.List;
import nl.kopgroep.base.UserId;

/** A participant asked a role model for a conversation; the recipients handle it (administrators or the role model). */
public record RoleModelRequested(long request, List<UserId> recipients, String participantName) {
}
