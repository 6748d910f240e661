package nl.kopgroep.connections;

import org.jspecify.annotations.Nullable;

/** An actor on a map. The name is a third party's personal data: initials or a function are enough. */
public record MapActor(long id, String name, ActorKind kind, @Nullable String department,
                       @Nullable String organisationName, @Nullable String note) {
}
