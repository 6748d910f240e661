package nl.kopgroep.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in whose password was right and whose second factor is still due, kept in the HTTP session. It is
 * not an {@code Authentication}: the person stays anonymous to Spring Security, Vaadin's view access and
 * every service until the second step is done (DD010). Expires after {@link SignInFlow#PENDING_FOR}.
 */
record PendingSignIn(UserId userId, OrganisationId organisationId, String email, Instant startedAt, boolean enrolmentNeeded, int wrongCodes,
                     @Nullable String offeredSecret, boolean enrolled, @Nullable ProviderSession provider) implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    static final String ATTRIBUTE = PendingSignIn.class.getName();

    PendingSignIn withWrongCode() {
        return new PendingSignIn(userId, organisationId, email, startedAt, enrolmentNeeded, wrongCodes + 1, offeredSecret, enrolled, provider);
    }

    PendingSignIn withOffer(String secret) {
        return new PendingSignIn(userId, organisationId, email, startedAt, enrolmentNeeded, wrongCodes, secret, enrolled, provider);
    }

    PendingSignIn withEnrolled() {
        return new PendingSignIn(userId, organisationId, email, startedAt, enrolmentNeeded, wrongCodes, null, true, provider);
    }
}
