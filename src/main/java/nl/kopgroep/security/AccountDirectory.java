package nl.kopgroep.security;

import java.util.Optional;
import nl.kopgroep.base.UserId;

/**
 * The accounts that may sign in. The organisation feature owns users and implements this, so that
 * security does not depend on it (and the two do not depend on each other in a circle).
 */
public interface AccountDirectory {

    Optional<LoginAccount> findForLogin(String email);

    /** False when the account was deactivated (or removed) since the session began. */
    boolean isActive(UserId userId);

    /**
     * Stores a stronger hash of the password that was just verified at sign-in (new Argon2id parameters, or
     * bcrypt replaced); does nothing when the stored hash is no longer {@code verifiedHash}.
     */
    void upgradePasswordHash(UserId userId, String verifiedHash, String newHash);
}
