package nl.kopgroep.organisation.ui;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import nl.kopgroep.base.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The municipality an installation admin is administering, kept while moving between admin pages. */
@Component
@VaadinSessionScope
class AdminSelection implements Serializable {

    private @Nullable OrganisationId organisation;

    @Nullable OrganisationId organisation() {
        return organisation;
    }

    void choose(OrganisationId chosen) {
        this.organisation = chosen;
    }
}
