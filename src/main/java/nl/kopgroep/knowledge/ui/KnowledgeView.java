package nl.kopgroep.knowledge.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.knowledge.KnowledgeNavigation;
import nl.kopgroep.knowledge.KnowledgeService;
import nl.kopgroep.knowledge.PracticeSummary;
import nl.kopgroep.knowledge.SearchFilters;
import nl.kopgroep.knowledge.SearchQuery;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/**
 * The kennisbank: search in Dutch with filters by theme, municipal role, competency and municipality, results by
 * relevance. Participants and coaches read; participants also write.
 */
@Route("kennisbank")
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.COACH})
@Menu(order = 28, icon = "vaadin:lightbulb", title = "nav.knowledge")
class KnowledgeView extends Main implements HasDynamicTitle, KnowledgeNavigation.SearchRoute {

    private final KnowledgeService knowledge;
    private final DateTimeFormats formats;
    private final TextField words = new TextField();
    private final Select<String> theme = new Select<>();
    private final Select<MunicipalRole> role = new Select<>();
    private final Select<String> competency = new Select<>();
    private final Select<OrganisationId> municipality = new Select<>();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private final Map<String, String> competencyNames;

    KnowledgeView(KnowledgeService knowledge, DateTimeFormats formats, CurrentUser currentUser) {
        this.knowledge = knowledge;
        this.formats = formats;
        addClassNames("page", "knowledge-page");
        SearchFilters filters = knowledge.filters();
        competencyNames = filters.competencies();

        List<com.vaadin.flow.component.Component> links = new ArrayList<>();
        if (currentUser.hasRole(Role.PARTICIPANT)) {
            links.add(new Anchor(KnowledgeNavigation.write(), getTranslation("knowledge.write")));
            links.add(new Anchor(KnowledgeNavigation.mine(), getTranslation("knowledge.mine.title")));
        }
        HorizontalLayout actions = new HorizontalLayout(links.toArray(com.vaadin.flow.component.Component[]::new));
        actions.setWrap(true);

        words.setLabel(getTranslation("knowledge.search.words"));
        words.setHelperText(getTranslation("knowledge.search.wordsHelp"));
        words.setClearButtonVisible(true);
        words.setWidth("24rem");
        words.addKeyPressListener(Key.ENTER, e -> search());
        Button search = new Button(getTranslation("knowledge.search.button"), click -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        theme.setLabel(getTranslation("knowledge.filter.theme"));
        theme.setItems(withEmpty(filters.themes()));
        theme.setItemLabelGenerator(v -> v == null || v.isEmpty() ? getTranslation("knowledge.filter.all") : v);
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("knowledge.filter.all"));
        role.setLabel(getTranslation("knowledge.filter.role"));
        role.setItems(MunicipalRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("knowledge.filter.all"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("knowledge.filter.all") : getTranslation(r.labelKey()));
        competency.setLabel(getTranslation("knowledge.filter.competency"));
        competency.setItems(new ArrayList<>(filters.competencies().keySet()));
        competency.setEmptySelectionAllowed(true);
        competency.setEmptySelectionCaption(getTranslation("knowledge.filter.all"));
        competency.setItemLabelGenerator(c -> c == null ? getTranslation("knowledge.filter.all")
                : filters.competencies().getOrDefault(c, c));
        municipality.setLabel(getTranslation("knowledge.filter.municipality"));
        municipality.setItems(new ArrayList<>(filters.municipalities().keySet()));
        municipality.setEmptySelectionAllowed(true);
        municipality.setEmptySelectionCaption(getTranslation("knowledge.filter.all"));
        municipality.setItemLabelGenerator(m -> m == null ? getTranslation("knowledge.filter.all")
                : filters.municipalities().getOrDefault(m, ""));
        theme.addValueChangeListener(e -> search());
        role.addValueChangeListener(e -> search());
        competency.addValueChangeListener(e -> search());
        municipality.addValueChangeListener(e -> search());

        HorizontalLayout searchRow = new HorizontalLayout(words, search);
        searchRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        searchRow.setWrap(true);
        HorizontalLayout filterRow = new HorizontalLayout(theme, role, competency, municipality);
        filterRow.setWrap(true);
        Section form = new Section(searchRow, filterRow);
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("knowledge.search.label"));
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        results.addClassName("knowledge-results");
        add(new H1(getTranslation("knowledge.title")), new Paragraph(getTranslation("knowledge.intro")), actions, form,
                new H2(getTranslation("knowledge.results")), count, results);
        search();
    }

    private void search() {
        String t = theme.getValue();
        List<PracticeSummary> found = knowledge.search(new SearchQuery(words.getValue(),
                t == null || t.isEmpty() ? null : t, role.getValue(), competency.getValue(), municipality.getValue()));
        count.setText(found.isEmpty() ? getTranslation("knowledge.search.none")
                : getTranslation("knowledge.search.count", found.size()));
        results.removeAll();
        if (!found.isEmpty()) {
            results.add(PracticeCards.of(this, found, formats, competencyNames));
        }
    }

    private static List<String> withEmpty(List<String> values) {
        return new ArrayList<>(values);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.title");
    }
}
