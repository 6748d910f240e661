package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.security.SecurityNavigation;

/**
 * A page reached by a one-time link (an invitation, the first-run set-up): a card with a form that
 * either completes (and points to sign-in) or keeps everything typed and says why not; an unknown or
 * used link says so.
 */
abstract class OneTimeLinkPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final String titleKey;
    private final Section card = new Section();

    OneTimeLinkPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        card.add(new H1(getTranslation(titleKey)));
        show(event.getRouteParameters().get("token").orElse(""));
    }

    /** Fills the card for this token: {@link #form} when it is valid, {@link #invalid} when not. */
    abstract void show(String token);

    void invalid(String messageKey) {
        card.add(new Paragraph(getTranslation(messageKey)), toLogin());
    }

    /** The form: the introduction, the fields (all required) and a button that runs the action. */
    void form(Paragraph introduction, String submitKey, String doneKey, Runnable action, Component... fields) {
        for (Component field : fields) {
            if (field instanceof HasValue<?, ?> value) {
                value.setRequiredIndicatorVisible(true);
            }
        }
        FormError error = new FormError();
        Button submit = new Button(getTranslation(submitKey), click -> {
            if (error.attempt(action)) {
                card.removeAll();
                card.add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(doneKey)), toLogin());
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(introduction, error, layout, submit);
    }

    /** No form: the person signs in through their municipality's provider; a button-like link to the sign-in page. */
    void throughProvider(Paragraph explanation) {
        Anchor toLogin = new Anchor(SecurityNavigation.login(), getTranslation("invitation.throughProvider.toLogin"));
        toLogin.addClassName("one-time-link-to-login");
        card.add(explanation, toLogin);
    }

    PasswordField password() {
        PasswordField password = new PasswordField(getTranslation("invitation.password"));
        password.setHelperText(getTranslation("invitation.password.help"));
        return password;
    }

    PasswordField repeat() {
        return new PasswordField(getTranslation("invitation.repeat"));
    }

    private Anchor toLogin() {
        return new Anchor(SecurityNavigation.login(), getTranslation("invitation.toLogin"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
