package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import nl.kopgroep.organisation.OrganisationSummary;

/** The municipality's own details. */
class OrganisationPanel extends VerticalLayout {

    OrganisationPanel(OrganisationSummary organisation, Consumer<String> rename) {
        setPadding(false);
        add(new Paragraph(getTranslation("organisation.summary", organisation.name(), organisation.code(),
                organisation.accountCount())));
        if (organisation.host()) {
            add(new Paragraph(getTranslation("organisation.hostExplained")));
        }
        add(new Button(getTranslation("organisation.rename"),
                click -> new OrganisationDialog(getTranslation("organisation.rename"), organisation.name(), rename).open()));
    }
}
