package nl.kopgroep.rolemodels;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A role model of my municipality as its administrators maintain it, with the consent recorded. */
public record RoleModelAdminRow(RoleModelCard card, @Nullable String accountEmail, Routing routing, boolean shared,
                                boolean active, @Nullable LocalDate consentOn, @Nullable String consentByName,
                                @Nullable String consentHow) {

    /** Participants see a role model only when active and with consent recorded. */
    public boolean visible() {
        return active && consentOn != null;
    }
}
