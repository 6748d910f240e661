package nl.kopgroep.organisation;

/**
 * What the invitee sees before choosing a password. {@code throughProviderOnly}: their address signs in through their
 * municipality's provider, which does not allow Kopgroep passwords, so there is no password to choose.
 */
public record InvitationDetails(String displayName, String email, String organisationName, boolean throughProviderOnly) {
}
