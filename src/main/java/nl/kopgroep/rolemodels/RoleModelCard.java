package nl.kopgroep.rolemodels;

import java.util.List;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/**
 * A role model as participants see it in the directory. {@code municipality}: the municipality that keeps the
 * entry; {@code own}: it is the reader's own municipality (otherwise shared through the joint programme).
 */
public record RoleModelCard(long id, String name, String roleTitle, String employer, boolean inside, String askAbout,
                            @Nullable String contactPreference, List<String> competencies, List<MunicipalRole> roles,
                            String municipality, boolean own) {
}
