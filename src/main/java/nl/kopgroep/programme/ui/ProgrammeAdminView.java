package nl.kopgroep.programme.ui;

import nl.kopgroep.organisation.OrganisationNavigation;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.organisation.CohortAdministrationService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.programme.ContentProblem;
import nl.kopgroep.programme.ContentService;
import nl.kopgroep.programme.ModuleWindow;
import nl.kopgroep.programme.SyncOutcome;
import nl.kopgroep.programme.SyncRecord;
import nl.kopgroep.programme.SyncReport;
import nl.kopgroep.security.Role;
import nl.kopgroep.base.ui.PhoneColumns;

/**
 * Administration of the programme: re-read the content while the app runs and see what changed or
 * what is wrong; shift a module's window for one cohort.
 */
@Route("beheer/programma")
@RolesAllowed(Role.Names.ADMIN)
class ProgrammeAdminView extends Main implements HasDynamicTitle {

    private final ContentService content;
    private final DateTimeFormats formats;
    private final Div syncResult = new Div();
    private final Grid<SyncRecord> history = new Grid<>();
    private final Div windowsPanel = new Div();

    ProgrammeAdminView(ContentService content, CohortAdministrationService cohorts, OrganisationService organisations,
                       DateTimeFormats formats) {
        this.formats = formats;
        this.content = content;
        addClassNames("page", "admin-page");
        add(new Anchor(OrganisationNavigation.administration(), getTranslation("programmeAdmin.backToAdmin")), new H1(getTranslation("programmeAdmin.title")));

        Section syncSection = new Section(new H2(getTranslation("programmeAdmin.sync")));
        syncSection.addClassName("home-section");
        if (content.maySync()) {
            Button resync = new Button(getTranslation("programmeAdmin.resync"), click -> resync());
            resync.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            syncSection.add(new Paragraph(getTranslation("programmeAdmin.syncIntro")), resync);
        } else {
            syncSection.add(new Paragraph(getTranslation("programmeAdmin.syncByHost")));
        }
        syncResult.getElement().setAttribute("role", "status");
        history.setAriaLabel(getTranslation("programmeAdmin.history"));
        var when = history.addColumn(r -> formats.dateTime(r.syncedAt())).setHeader(getTranslation("programmeAdmin.when")).setAutoWidth(true);
        history.addColumn(SyncRecord::actor).setHeader(getTranslation("programmeAdmin.by")).setAutoWidth(true);
        var outcome = history.addColumn(r -> getTranslation(r.successful() ? "programmeAdmin.ok" : "programmeAdmin.failed"))
                .setHeader(getTranslation("programmeAdmin.outcome")).setAutoWidth(true);
        var summary = history.addColumn(SyncRecord::summary).setHeader(getTranslation("programmeAdmin.summary")).setFlexGrow(1);
        history.setAllRowsVisible(true);
        PhoneColumns.essentialOnPhone(history, when, outcome, summary);
        syncSection.add(syncResult, new H2(getTranslation("programmeAdmin.history")), history);
        add(syncSection);

        Section schedule = new Section(new H2(getTranslation("programmeAdmin.schedule")),
                new Paragraph(getTranslation("programmeAdmin.scheduleIntro")));
        schedule.addClassName("home-section");
        ComboBox<CohortSummary> cohortChoice = new ComboBox<>(getTranslation("programmeAdmin.cohort"));
        cohortChoice.setItems(organisations.administrableOrganisations().stream()
                .flatMap(o -> cohorts.cohorts(o.id()).stream()).toList());
        cohortChoice.setItemLabelGenerator(c -> c.organisationName() + " – " + c.name());
        cohortChoice.setMinWidth("22rem");
        cohortChoice.addValueChangeListener(e -> showWindows(e.getValue()));
        schedule.add(cohortChoice, windowsPanel);
        add(schedule);
        refreshHistory();
    }

    private void resync() {
        SyncOutcome outcome = content.resync();
        syncResult.removeAll();
        if (outcome.successful()) {
            SyncReport report = outcome.report();
            syncResult.add(new Paragraph(getTranslation(report.unchanged() ? "programmeAdmin.unchanged"
                    : "programmeAdmin.synced", report.lessonCount())));
            addChanges("programmeAdmin.added", report.lessonsAdded());
            addChanges("programmeAdmin.changed", report.lessonsChanged());
            addChanges("programmeAdmin.moved", report.lessonsMoved());
            addChanges("programmeAdmin.retired", report.lessonsRetired());
            addChanges("programmeAdmin.revived", report.lessonsRevived());
            addChanges("programmeAdmin.modulesAdded", report.modulesAdded());
            addChanges("programmeAdmin.modulesChanged", report.modulesChanged());
            addChanges("programmeAdmin.modulesRetired", report.modulesRetired());
        } else {
            Paragraph heading = new Paragraph(getTranslation("programmeAdmin.problems", outcome.problems().size()));
            heading.addClassName("form-error");
            UnorderedList list = new UnorderedList();
            list.addClassName("content-problems");
            for (ContentProblem problem : outcome.problems()) {
                list.add(new ListItem(problem.describe(getLocale())));
            }
            syncResult.add(heading, list);
        }
        refreshHistory();
    }

    private void addChanges(String key, List<String> titles) {
        if (!titles.isEmpty()) {
            syncResult.add(new Paragraph(getTranslation(key, titles.size()) + ": " + String.join(", ", titles)));
        }
    }

    private void refreshHistory() {
        history.setItems(content.recentSyncs());
    }

    private void showWindows(CohortSummary cohort) {
        windowsPanel.removeAll();
        if (cohort == null) {
            return;
        }
        for (ModuleWindow window : content.windows(cohort.id())) {
            IntegerField from = monthField("programmeAdmin.from", window.from());
            IntegerField to = monthField("programmeAdmin.to", window.to());
            FormError error = new FormError();
            Button save = new Button(getTranslation("action.save"), click -> {
                try {
                    content.shiftWindow(cohort.id(), window.moduleKey(), valueOf(from), valueOf(to));
                    showWindows(cohort);
                } catch (DomainException e) {
                    error.show(e);
                }
            });
            Paragraph label = new Paragraph(window.moduleTitle() + " – " + getTranslation("programme.period",
                    formats.date(window.opens()), formats.date(window.closes()))
                    + (window.shifted() ? " " + getTranslation("programmeAdmin.shifted", window.defaultFrom(),
                    window.defaultTo()) : ""));
            HorizontalLayout row = new HorizontalLayout(from, to, save);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            Div block = new Div(label, error, row);
            block.addClassName("window-row");
            windowsPanel.add(block);
        }
    }

    private IntegerField monthField(String labelKey, int value) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(1);
        field.setMax(24);
        field.setStepButtonsVisible(true);
        field.setValue(value);
        field.setWidth("8rem");
        return field;
    }

    private static int valueOf(IntegerField field) {
        Integer value = field.getValue();
        if (value == null) {
            throw new DomainException("schedule.windowInvalid", 24);
        }
        return value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmeAdmin.title");
    }
}
