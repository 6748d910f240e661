package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.Messages;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.PhoneColumns;
import nl.kopgroep.organisation.AccountSummary;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.security.AuditEntry;
import nl.kopgroep.security.AuditQuery;
import nl.kopgroep.security.AuditTrailService;

/**
 * The audit log of one municipality: filter by person, action and period, read page by page, export as CSV.
 * A refused filter (no period, a reversed or too long one) is explained and the filter stays as typed.
 */
class AuditLogPanel extends VerticalLayout {

    static final int DEFAULT_DAYS = 30;

    private final AuditTrailService auditTrail;
    private final OrganisationSummary organisation;
    private final DateTimeFormats formats;
    private final Map<UserId, String> names;
    private final ComboBox<AccountSummary> person = new ComboBox<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph summary = new Paragraph();
    private final FormError error = new FormError();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Anchor export;

    AuditLogPanel(AuditTrailService auditTrail, List<AccountSummary> people, OrganisationSummary organisation,
                  DateTimeFormats formats) {
        this.auditTrail = auditTrail;
        this.organisation = organisation;
        this.formats = formats;
        this.names = people.stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        setPadding(false);

        person.setLabel(getTranslation("audit.person"));
        person.setItems(people);
        person.setItemLabelGenerator(account -> account.displayName() + " (" + account.email() + ")");
        person.setClearButtonVisible(true);
        person.setMinWidth("18rem");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(auditTrail.actions(organisation.id()));
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        LocalDate today = LocalDate.now(formats.zone());
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setValue(today.minusDays(DEFAULT_DAYS - 1L));
        to.setValue(today);
        person.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.setAriaLabel(getTranslation("admin.nav.audit"));
        var when = grid.addColumn(entry -> formats.shortDateTime(entry.occurredAt()))
                .setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        var what = grid.addColumn(entry -> actionLabel(entry.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(this::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(entry -> entry.target() == null ? "" : entry.target())
                .setHeader(getTranslation("audit.details")).setAutoWidth(true);
        grid.setMinHeight("24rem");
        PhoneColumns.essentialOnPhone(grid, when, what);

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = auditTrail.exportCsv(query());
            return new DownloadResponse(new ByteArrayInputStream(csv), fileName(), "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("audit.export"));
        export.addClassName("download-link");

        HorizontalLayout filters = new HorizontalLayout(person, action, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("audit.intro")), filters, error, summary, export, grid);
        refresh();
    }

    /** Shows the events matching the filter, or why the filter cannot be used. */
    void refresh() {
        AuditQuery query = query();
        try {
            int total = auditTrail.count(query);
            error.clear();
            summary.setText(total > AuditTrailService.MAX_EXPORT_ROWS
                    ? getTranslation("audit.countTooMany", total, AuditTrailService.MAX_EXPORT_ROWS)
                    : getTranslation("audit.count", total));
            summary.setVisible(true);
            export.setVisible(total > 0);
            grid.setItems(new CallbackDataProvider<AuditEntry, Void>(
                    page -> auditTrail.events(query, page.getOffset(), page.getLimit()).stream(),
                    page -> total));
            grid.setVisible(true);
        } catch (DomainException e) {
            error.show(e);
            summary.setVisible(false);
            export.setVisible(false);
            grid.setVisible(false);
        }
    }

    private AuditQuery query() {
        AccountSummary chosen = person.getValue();
        return new AuditQuery(organisation.id(), chosen == null ? null : chosen.id(), action.getValue(),
                from.getValue(), to.getValue());
    }

    private String fileName() {
        return "logboek-" + organisation.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + "-" + from.getValue() + "-" + to.getValue() + ".csv";
    }

    private String actionLabel(String code) {
        String key = "audit.action." + code;
        // An action without a label (recorded by another version) is shown by its code.
        return Messages.exists(key) ? getTranslation(key) : code;
    }

    /** The actor's name when they belong to this municipality, else the address recorded, else "the system". */
    private String actor(AuditEntry entry) {
        String known = entry.actorId() == null ? null : names.get(entry.actorId());
        if (known != null) {
            return known;
        }
        if (entry.actor() != null && !entry.actor().equals("system")) {
            return entry.actor();
        }
        return entry.actorId() == null ? getTranslation("audit.system") : unknown(entry.actorId());
    }

    private String subject(AuditEntry entry) {
        if (entry.subjectId() == null) {
            return "";
        }
        String known = names.get(entry.subjectId());
        return known != null ? known : unknown(entry.subjectId());
    }

    /** An erased person, or one of another municipality: only the id is kept. */
    private String unknown(UserId id) {
        return getTranslation("audit.unknownPerson", id.value());
    }
}
