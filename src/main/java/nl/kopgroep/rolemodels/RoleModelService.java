package nl.kopgroep.rolemodels;

import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role models' directory as participants browse it: the active role models with consent of their own
 * municipality, and those a partner municipality of their joint programme shared; filtered by competency and
 * municipal role. Any other id is not found.
 */
@Service
@PreAuthorize("hasRole('PARTICIPANT')")
@Transactional(readOnly = true)
public class RoleModelService {

    private final RoleModelStore store;
    private final RoleModelCards cards;
    private final ProgrammeService programme;
    private final CurrentUser currentUser;

    RoleModelService(RoleModelStore store, RoleModelCards cards, ProgrammeService programme, CurrentUser currentUser) {
        this.store = store;
        this.cards = cards;
        this.programme = programme;
        this.currentUser = currentUser;
    }

    /** The role models I may ask, optionally only those linked to a competency and/or a municipal role. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<RoleModelCard> directory(Optional<String> competency, Optional<MunicipalRole> role) {
        return cards.cards(store.visibleTo(currentUser.organisationId(), cards.partners()).stream()
                .filter(row -> RoleModelCards.has(row, competency, role)).toList());
    }

    /** One role model I may ask; not found otherwise. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public RoleModelCard roleModel(long id) {
        return cards.card(visible(id));
    }

    /** The competencies to filter by. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<Competency> competencies() {
        return programme.competencies();
    }

    RoleModelStore.Row visible(long id) {
        return store.visibleTo(currentUser.organisationId(), cards.partners()).stream().filter(r -> r.id() == id)
                .findFirst().orElseThrow(NotFoundException::new);
    }
}
