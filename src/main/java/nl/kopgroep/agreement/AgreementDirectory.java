package nl.kopgroep.agreement;

import java.util.List;
import nl.kopgroep.base.OrganisationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement's facts for code that runs without a signed-in person (the demo loaders). Not a
 * security boundary: application services use {@link AgreementService}; views never use this.
 */
@Component
@Transactional(readOnly = true)
public class AgreementDirectory {

    private final AgreementStore store;

    AgreementDirectory(AgreementStore store) {
        this.store = store;
    }

    /** The commitment codes of the organisation's agreement in force, in tree order; none without one. */
    public List<String> commitmentCodesInForce(OrganisationId organisation) {
        return store.activeId(organisation).flatMap(id -> store.document(organisation, id))
                .map(document -> List.copyOf(document.commitmentTitles().keySet())).orElse(List.of());
    }
}
