package nl.kopgroep.organisation;

/** A new account and the one-time token of its invitation link (shown once to the administrator). */
public record CreatedAccount(AccountSummary account, String invitationToken) {
}
