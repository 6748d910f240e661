package nl.kopgroep.rolemodels;

import java.util.Set;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in for a role model. {@code accountEmail}: the role model's own account on the
 * installation, if any (needed for routing requests to them).
 */
public record RoleModelForm(String name, String roleTitle, String employer, boolean inside, String askAbout,
                            @Nullable String contactPreference, Set<String> competencies, Set<MunicipalRole> roles,
                            @Nullable String accountEmail, Routing routing, boolean sharedWithJointProgramme) {
}
