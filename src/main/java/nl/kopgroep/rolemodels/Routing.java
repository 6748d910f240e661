package nl.kopgroep.rolemodels;

import java.util.Locale;

/** Who answers a role model's requests: the programme administrators, or the role model through their own account. */
public enum Routing {
    ADMIN, ROLE_MODEL;

    public String labelKey() {
        return "roleModels.routing." + name().toLowerCase(Locale.ROOT);
    }
}
