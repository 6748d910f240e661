package nl.kopgroep.organisation;

/** What the invitee sees before choosing a password. */
public record InvitationDetails(String displayName, String email, String organisationName) {
}
