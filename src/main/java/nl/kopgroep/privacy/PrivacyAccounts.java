package nl.kopgroep.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.UserId;

/**
 * The account facts erasure needs, answered by the feature that owns accounts ({@code organisation}),
 * which sits above this package in the chain. Not a security boundary.
 */
public interface PrivacyAccounts {

    Optional<ErasureSubject> subject(UserId person);

    /** Accounts deactivated before this moment (and not reactivated since), oldest first. */
    List<UserId> deactivatedBefore(Instant moment);
}
