package nl.kopgroep.connections;

import java.time.LocalDate;
import java.util.Set;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/** A tie on a map; {@code fromActor} null means the participant themselves. */
public record MapTie(long id, @Nullable Long fromActor, long toActor, TieType type, TieStrength strength,
                     @Nullable LocalDate since, Set<MunicipalRole> roles, Set<Long> goals, Set<String> commitments) {

    public boolean fromMe() {
        return fromActor == null;
    }
}
