package nl.kopgroep.organisation.ui;

import nl.kopgroep.security.SecurityNavigation;
import nl.kopgroep.base.ui.FormError;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kopgroep.organisation.InvitationService;

/** Where an invited person chooses their password, reached by the one-time link. */
@Route(value = "uitnodiging/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final Section card = new Section();

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(new H1(getTranslation("invitation.title")));
        invitations.invitation(token).ifPresentOrElse(details -> {
            card.add(new Paragraph(getTranslation("invitation.welcome", details.displayName(), details.organisationName(),
                    details.email())));
            PasswordField password = new PasswordField(getTranslation("invitation.password"));
            password.setHelperText(getTranslation("invitation.password.help"));
            password.setRequiredIndicatorVisible(true);
            PasswordField repeat = new PasswordField(getTranslation("invitation.repeat"));
            repeat.setRequiredIndicatorVisible(true);
            FormError error = new FormError();
            Button save = new Button(getTranslation("invitation.submit"), click -> {
                if (error.attempt(() -> invitations.accept(token, password.getValue(), repeat.getValue()))) {
                    card.removeAll();
                    card.add(new H1(getTranslation("invitation.title")),
                            new Paragraph(getTranslation("invitation.done")),
                            new Anchor(SecurityNavigation.login(), getTranslation("invitation.toLogin")));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            FormLayout form = new FormLayout(password, repeat);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            card.add(error, form, save);
        }, () -> card.add(new Paragraph(getTranslation("invitation.invalid")),
                new Anchor(SecurityNavigation.login(), getTranslation("invitation.toLogin"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
