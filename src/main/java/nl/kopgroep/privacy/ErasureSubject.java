package nl.kopgroep.privacy;

import java.time.Instant;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** The person an erasure is about, as the organisation knows them at the moment of erasure. */
public record ErasureSubject(UserId id, OrganisationId organisation, String displayName, String email, boolean active,
                             @Nullable Instant deactivatedAt) {
}
