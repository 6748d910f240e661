package nl.kopgroep.security;

import java.util.Optional;
import nl.kopgroep.base.UserId;

/**
 * The accounts that may sign in. The organisation feature owns users and implements this, so that
 * security does not depend on it (and the two do not depend on each other in a circle).
 */
public interface AccountDirectory {

    Optional<LoginAccount> findForLogin(String email);

    /** The account with this id, as sign-in sees it (for a provider sign-in matched by its stable subject). */
    Optional<LoginAccount> findForLogin(UserId userId);

    /**
     * The account as it is now, for the check on every request: one indexed query. Empty when the account
     * no longer exists.
     */
    Optional<AccountState> currentState(UserId userId);

    /**
     * Gives the account a new security stamp, so that every session begun before ends at its next request
     * (on every node: the stamp is in the database). Joins the caller's transaction. Returns the new stamp.
     */
    long renewSecurityStamp(UserId userId);

    /**
     * Stores a stronger hash of the password that was just verified at sign-in (new Argon2id parameters, or
     * bcrypt replaced); does nothing when the stored hash is no longer {@code verifiedHash}.
     */
    void upgradePasswordHash(UserId userId, String verifiedHash, String newHash);
}
