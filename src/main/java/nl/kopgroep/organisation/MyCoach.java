package nl.kopgroep.organisation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A coach of the signed-in participant and since when (null for assignments made before the date was kept). */
public record MyCoach(Person coach, @Nullable Instant since) {
}
