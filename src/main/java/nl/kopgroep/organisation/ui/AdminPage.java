package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every administration page: title, the municipality being administered (a choice
 * for an admin of the host organisation) and links between the admin pages.
 */
abstract class AdminPage extends Main implements HasDynamicTitle {

    private final OrganisationService organisationService;
    private final AdminSelection selection;
    private final ComboBox<OrganisationSummary> organisationChoice = new ComboBox<>();
    private final Div content = new Div();
    private final String titleKey;
    private final OrganisationId ownOrganisation;

    AdminPage(String titleKey, OrganisationService organisationService, AdminSelection selection,
              CurrentUser currentUser) {
        this.titleKey = titleKey;
        this.organisationService = organisationService;
        this.selection = selection;
        this.ownOrganisation = currentUser.organisationId();
        addClassNames("page", "admin-page");

        organisationChoice.setLabel(getTranslation("admin.organisation"));
        organisationChoice.setItemLabelGenerator(OrganisationSummary::name);
        organisationChoice.setMinWidth("18rem");
        organisationChoice.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                selection.choose(event.getValue().id());
                content.removeAll();
                content.add(panelFor(event.getValue()));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(organisationChoice);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        if (currentUser.require().installationAdmin()) {
            bar.add(new Button(getTranslation("admin.organisation.new"),
                    click -> new OrganisationDialog(getTranslation("admin.organisation.new"), "",
                            name -> reload(organisationService.create(name))).open()));
        }
        content.setWidthFull();
        add(new H1(getTranslation(titleKey)), navigation(), bar, content);
        // Subclasses call reload(null) at the end of their constructor, once their own fields are set.
    }

    /** The page's own content for the chosen municipality. */
    abstract Component panelFor(OrganisationSummary organisation);

    /** Reloads the list of municipalities, keeping (or moving to) the chosen one. */
    final void reload(@Nullable OrganisationSummary chosen) {
        List<OrganisationSummary> organisations = organisationService.administrableOrganisations();
        organisationChoice.setItems(organisations);
        organisationChoice.setVisible(organisations.size() > 1);
        OrganisationId remembered = selection.organisation();
        OrganisationId wanted = chosen != null ? chosen.id() : remembered != null ? remembered : ownOrganisation;
        OrganisationSummary value = organisations.stream()
                .filter(o -> o.id().equals(wanted)).findFirst()
                .orElse(organisations.isEmpty() ? null : organisations.getFirst());
        organisationChoice.clear();
        organisationChoice.setValue(value);
    }

    private Nav navigation() {
        Nav nav = new Nav();
        nav.addClassName("admin-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("admin.nav"));
        nav.add(link("admin.nav.accounts", AccountsView.class),
                link("admin.nav.cohorts", CohortsView.class),
                link("admin.nav.organisation", OrganisationView.class),
                link("admin.nav.audit", AuditLogView.class),
                link("admin.nav.mail", MailFailuresView.class),
                link("admin.nav.identityProvider", IdentityProviderView.class),
                new com.vaadin.flow.component.html.Anchor("beheer/programma", getTranslation("admin.nav.programme")));
        return nav;
    }

    private RouterLink link(String key, Class<? extends AdminPage> target) {
        RouterLink link = new RouterLink(getTranslation(key), target);
        if (target.equals(getClass())) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("admin.title");
    }
}
