package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kopgroep.organisation.InvitationService;

/**
 * Where a person chooses a new password after an administrator's reset or "wachtwoord vergeten", reached by
 * the one-time link that only they received by mail (never shown to an administrator).
 */
@Route(value = "wachtwoord-herstellen/:token", autoLayout = false)
@AnonymousAllowed
class PasswordResetView extends OneTimeLinkPage {

    private final InvitationService invitations;

    PasswordResetView(InvitationService invitations) {
        super("passwordReset.title");
        this.invitations = invitations;
    }

    @Override
    void show(String token) {
        invitations.passwordReset(token).map(details -> getTranslation("passwordReset.intro", details.displayName(), details.email()))
                .or(() -> invitations.passwordRecovery(token).map(details ->
                        getTranslation("passwordRecovery.intro", details.displayName(), details.email())))
                .ifPresentOrElse(introduction -> {
                    PasswordField password = password();
                    PasswordField repeat = repeat();
                    form(new Paragraph(introduction), "invitation.submit", "invitation.done",
                            () -> invitations.completePasswordReset(token, password.getValue(), repeat.getValue()), password, repeat);
                }, () -> invalid("passwordRecovery.invalid"));
    }
}
