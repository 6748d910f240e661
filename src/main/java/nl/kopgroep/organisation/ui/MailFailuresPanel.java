package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.PhoneColumns;
import nl.kopgroep.organisation.MailFailureService;
import nl.kopgroep.organisation.OrganisationSummary;

/**
 * The undelivered mails of one municipality: person, address, topic, when, the server's answer, and "send again"
 * (to the account's address now; offered when the address has been corrected, or for a temporary failure).
 */
class MailFailuresPanel extends VerticalLayout {

    private final transient MailFailureService failures;
    private final OrganisationSummary organisation;
    private final DateTimeFormats formats;
    private final Grid<MailFailureService.FailedMail> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Span status = new Span();
    private final FormError error = new FormError();

    MailFailuresPanel(MailFailureService failures, OrganisationSummary organisation, DateTimeFormats formats) {
        this.failures = failures;
        this.organisation = organisation;
        this.formats = formats;
        setPadding(false);
        grid.setAriaLabel(getTranslation("mailFailures.grid"));
        var person = grid.addColumn(mail -> mail.name().isEmpty() ? getTranslation("mailFailures.unknownPerson") : mail.name())
                .setHeader(getTranslation("mailFailures.person")).setAutoWidth(true);
        grid.addColumn(MailFailureService.FailedMail::address).setHeader(getTranslation("mailFailures.address")).setAutoWidth(true);
        grid.addColumn(mail -> getTranslation(mail.topic().labelKey())).setHeader(getTranslation("mailFailures.topic"))
                .setAutoWidth(true);
        var when = grid.addColumn(mail -> formats.shortDateTime(mail.createdAt())).setHeader(getTranslation("mailFailures.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(mail -> mail.error() == null ? "" : mail.error()).setHeader(getTranslation("mailFailures.error"))
                .setFlexGrow(2);
        var action = grid.addComponentColumn(this::retryButton).setHeader(getTranslation("mailFailures.action")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        PhoneColumns.essentialOnPhone(grid, person, when, action);
        summary.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("mailFailures.intro")), error, status, summary, grid);
        refresh();
    }

    private Button retryButton(MailFailureService.FailedMail mail) {
        String label = mail.name().isEmpty() ? mail.address() : mail.name();
        Button retry = new Button(getTranslation("mailFailures.retry"), click -> {
            status.setText("");
            if (error.attempt(() -> failures.retry(organisation.id(), mail.id()))) {
                status.setText(getTranslation("mailFailures.retried", label, mail.currentAddress()));
                refresh();
            }
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setAriaLabel(getTranslation("mailFailures.retryFor", label, getTranslation(mail.topic().labelKey())));
        retry.setEnabled(mail.retryable());
        if (mail.retryable() && !mail.addressCorrected()) {
            retry.setTooltipText(getTranslation("mailFailures.sameAddress"));
        }
        return retry;
    }

    private void refresh() {
        List<MailFailureService.FailedMail> list = failures.failures(organisation.id());
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        summary.setText(list.isEmpty() ? getTranslation("mailFailures.none") : getTranslation("mailFailures.count", list.size()));
    }
}
