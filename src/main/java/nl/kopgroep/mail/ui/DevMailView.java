package nl.kopgroep.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.kopgroep.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Value;

/**
 * Development only: every mail the embedded SMTP server received, newest first; one opened shows its plain text,
 * its HTML in a sandboxed frame (no scripts, no same origin; the page's CSP applies) and the HTML source. Not a
 * {@code @Route}: {@link DevMailRoute} registers it at start-up only when the embedded server runs, so in production
 * the address does not exist. Anonymous on purpose: a newcomer reads the forgot-password mail without signing in.
 */
@AnonymousAllowed
class DevMailView extends Main implements HasDynamicTitle {

    static final String PATH = "dev/mail";

    private final transient DevMailbox mailbox;
    private final Grid<DevMailbox.ReceivedMail> grid = new Grid<>();
    private final Section detail = new Section();
    private final DateTimeFormatter times;

    DevMailView(DevMailbox mailbox, @Value("${kopgroep.time-zone}") ZoneId zone) {
        this.mailbox = mailbox;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(zone);
        addClassNames("page", "dev-mail");
        Paragraph banner = new Paragraph(getTranslation("devMail.banner"));
        banner.addClassName("dev-banner");
        banner.getElement().setAttribute("role", "note");

        grid.addColumn(mail -> mail.sentAt() == null ? "" : times.format(mail.sentAt()))
                .setHeader(getTranslation("devMail.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DevMailbox.ReceivedMail::to).setHeader(getTranslation("devMail.to")).setAutoWidth(true);
        grid.addColumn(DevMailbox.ReceivedMail::subject).setHeader(getTranslation("devMail.subject")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("devMail.list"));
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));

        Button refresh = new Button(getTranslation("devMail.refresh"), click -> refresh());
        add(new H1(getTranslation("devMail.title")), banner, refresh, grid, detail);
        refresh();
    }

    private void refresh() {
        var mails = mailbox.newestFirst();
        grid.setItems(mails);
        grid.setVisible(!mails.isEmpty());
        detail.removeAll();
        if (mails.isEmpty()) {
            detail.add(new Paragraph(getTranslation("devMail.empty")));
        }
    }

    private void show(DevMailbox.ReceivedMail mail) {
        detail.removeAll();
        if (mail == null) {
            return;
        }
        Pre text = new Pre(mail.text());
        text.addClassName("dev-mail-text");
        IFrame html = new IFrame();
        // Every sandbox restriction: no scripts, no forms, an opaque origin. srcdoc keeps it in this page's CSP.
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.getElement().setAttribute("srcdoc", mail.html());
        html.setTitle(getTranslation("devMail.htmlFrame", mail.subject()));
        html.addClassName("dev-mail-frame");
        Pre source = new Pre(mail.html());
        source.addClassName("dev-mail-text");
        Div parts = new Div(new H3(getTranslation("devMail.text")), text, new H3(getTranslation("devMail.html")), html,
                new Details(getTranslation("devMail.source"), source));
        detail.add(new H2(mail.subject()), new Paragraph(getTranslation("devMail.sentTo", mail.to())), parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devMail.title");
    }
}
