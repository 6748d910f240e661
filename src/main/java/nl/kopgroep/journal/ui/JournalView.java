package nl.kopgroep.journal.ui;

import nl.kopgroep.journal.JournalNavigation;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.ui.LinkCardList;
import nl.kopgroep.journal.EntrySummary;
import nl.kopgroep.journal.EntryReadingService;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.security.Role;

/** My journal: my entries with search and filters, a recovered draft if any, and what my kopgroep shared. */
@Route("dagboek")
@RolesAllowed(Role.Names.PARTICIPANT)
@Menu(order = 20, icon = "vaadin:notebook", title = "nav.journal")
class JournalView extends Main implements HasDynamicTitle, JournalNavigation.JournalRoute {

    private final JournalService journal;
    private final EntryReadingService reading;
    private final DateTimeFormats formats;
    private final TextField search = new TextField();
    private final Select<Visibility> visibility = new Select<>();
    private final Select<MunicipalRole> role = new Select<>();
    private final LinkCardList<EntrySummary> entries;

    JournalView(JournalService journal, EntryReadingService reading, DateTimeFormats formats) {
        this.journal = journal;
        this.reading = reading;
        this.formats = formats;
        addClassNames("page", "journal-page");
        Button write = new Button(getTranslation("journal.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(JournalNavigation.newEntry())));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("journal.title.page")), new Paragraph(getTranslation("journal.intro")), write);
        journal.draft(null).ifPresent(draft -> {
            Paragraph notice = new Paragraph(getTranslation("journal.draftWaiting", formats.dateTime(draft.savedAt())) + " ");
            notice.add(new Anchor(JournalNavigation.newEntry(), getTranslation("journal.continueDraft")));
            notice.addClassName("draft-notice");
            add(notice);
        });

        search.setLabel(getTranslation("journal.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        visibility.setLabel(getTranslation("journal.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setEmptySelectionAllowed(true);
        visibility.setEmptySelectionCaption(getTranslation("journal.all"));
        visibility.setItemLabelGenerator(v -> v == null ? getTranslation("journal.all") : getTranslation(v.labelKey()));
        role.setLabel(getTranslation("journal.municipalRole"));
        role.setItems(MunicipalRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("journal.all"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("journal.all") : getTranslation(r.labelKey()));
        search.addValueChangeListener(e -> refresh());
        visibility.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, visibility, role);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        entries = list(getTranslation("journal.mine"), true);
        add(new H2(getTranslation("journal.mine")), filters, entries);

        List<EntrySummary> shared = reading.sharedWithMe();
        LinkCardList<EntrySummary> sharedList = list(getTranslation("journal.shared"), false);
        sharedList.setItems(shared, reading::sharedWithMe);
        add(new H2(getTranslation("journal.shared")), shared.isEmpty()
                ? new Paragraph(getTranslation("journal.sharedNone")) : sharedList);
        refresh();
    }

    /** Entries as cards (a grid cut the titles short on a phone): title, then date, author, visibility and role. */
    private LinkCardList<EntrySummary> list(String label, boolean own) {
        LinkCardList<EntrySummary> list = new LinkCardList<>(label, e -> JournalNavigation.entry(e.id()), EntrySummary::title,
                e -> List.of(formats.dateTime(e.updatedAt()), own ? "" : e.authorName(),
                        getTranslation(e.visibility().labelKey()),
                        e.municipalRole() == null ? "" : getTranslation(e.municipalRole().labelKey())));
        list.addClassName("entry-list");
        return list;
    }

    private void refresh() {
        java.util.function.Supplier<List<EntrySummary>> mine = () -> journal.myEntries(search.getValue(), visibility.getValue(),
                role.getValue());
        entries.setItems(mine.get(), mine);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.title.page");
    }
}
