package nl.kopgroep.home.ui;

import nl.kopgroep.organisation.OrganisationNavigation;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import nl.kopgroep.organisation.AttentionItem;

/** "Aandacht nodig": loose ends in accounts and cohorts, with a way to the administration. */
class AdminHome extends Composite<Section> {

    AdminHome(List<AttentionItem> items) {
        Section section = getContent();
        section.addClassNames("home-section", "admin-home");
        section.add(new H2(getTranslation("home.admin.title")));
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.admin.allClear")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("attention");
            items.forEach(item -> list.add(new ListItem(getTranslation(item.kind().messageKey(), item.subject()))));
            section.add(new Paragraph(getTranslation("home.admin.count", items.size())), list);
        }
        section.add(new Anchor(OrganisationNavigation.administration(), getTranslation("home.admin.toAdministration")));
    }
}
