package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.organisation.PasswordRecoveryService;
import nl.kopgroep.security.SecurityNavigation;

/**
 * "Wachtwoord vergeten?": an e-mail address in, always the same answer out (whether or not the address has an
 * account, and also when the request was throttled); the link itself comes by mail.
 */
@Route(value = "wachtwoord-vergeten", autoLayout = false)
@AnonymousAllowed
class PasswordRecoveryView extends Main implements BeforeEnterObserver, HasDynamicTitle,
        SecurityNavigation.PasswordRecoveryRoute {

    private final transient PasswordRecoveryService recovery;
    private final Section card = new Section();

    PasswordRecoveryView(PasswordRecoveryService recovery) {
        this.recovery = recovery;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    /** A fresh, empty form at every visit (also when the page is opened again after an answer). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        H1 title = new H1(getTranslation("recovery.title"));
        EmailField email = new EmailField(getTranslation("recovery.email"));
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setWidthFull();
        FormError error = new FormError();
        Paragraph sent = new Paragraph(getTranslation("recovery.sent"));
        sent.getElement().setAttribute("role", "status");
        sent.addClassName("recovery-sent");
        Button submit = new Button(getTranslation("recovery.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        Anchor toLogin = new Anchor(SecurityNavigation.login(), getTranslation("recovery.toLogin"));
        submit.addClickListener(click -> {
            if (error.attempt(() -> recovery.request(email.getValue()))) {
                card.removeAll();
                card.add(title, sent, toLogin);
            }
        });
        card.add(title, new Paragraph(getTranslation("recovery.intro")), error, email, submit, new Paragraph(toLogin));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.title");
    }
}
