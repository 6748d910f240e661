package nl.kopgroep.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import nl.kopgroep.mail.MailLinks;
import nl.kopgroep.mail.UnsubscribeService;

/**
 * Where the unsubscribe link in a mail's footer leads. Opening it changes nothing (mail scanners follow links):
 * it names the topic in the person's own language and asks; the button switches the topic off and points to the
 * settings. A bad or tampered link gets one neutral message.
 */
@Route(value = MailLinks.UNSUBSCRIBE_PAGE + "/:token", autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient UnsubscribeService unsubscribe;
    private final Section card = new Section();
    private Locale locale;

    UnsubscribeView(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
        this.locale = getLocale();
        addClassName("login-page");
        card.addClassNames("login-card", "unsubscribe-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        unsubscribe.offer(token).ifPresentOrElse(offer -> {
            locale = offer.locale();
            card.getElement().setAttribute("lang", locale.getLanguage());
            String topic = getTranslation(locale, offer.topic().labelKey());
            Button confirm = new Button(getTranslation(locale, "unsubscribe.confirm"));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(click -> {
                card.removeAll();
                card.add(new H1(getTranslation(locale, "unsubscribe.title")));
                if (unsubscribe.unsubscribe(token)) {
                    Paragraph done = new Paragraph(getTranslation(locale, "unsubscribe.done", topic));
                    done.getElement().setAttribute("role", "status");
                    card.add(done, new Paragraph(new Anchor(MailLinks.SETTINGS_PATH, getTranslation(locale, "unsubscribe.settings"))));
                } else {
                    card.add(new Paragraph(getTranslation(locale, "unsubscribe.invalid")));
                }
            });
            card.add(new H1(getTranslation(locale, "unsubscribe.title")),
                    new Paragraph(getTranslation(locale, "unsubscribe.question", topic)),
                    new Paragraph(getTranslation(locale, "unsubscribe.explanation")), confirm);
        }, () -> card.add(new H1(getTranslation("unsubscribe.title")), new Paragraph(getTranslation("unsubscribe.invalid")),
                new Paragraph(new Anchor(MailLinks.SETTINGS_PATH, getTranslation("unsubscribe.settings")))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(locale, "unsubscribe.title");
    }
}
