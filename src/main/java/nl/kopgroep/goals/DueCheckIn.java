package nl.kopgroep.goals;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of my goals whose monthly check-in is due: never checked in ({@code lastCheckIn} null), or not in the last month. */
public record DueCheckIn(long goalId, String title, @Nullable Instant lastCheckIn) {
}
