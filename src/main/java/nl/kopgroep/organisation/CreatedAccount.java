package nl.kopgroep.organisation;

/** A new account, and the address its invitation link was mailed to (the administrator never sees the link). */
public record CreatedAccount(AccountSummary account, String mailedTo) {
}
