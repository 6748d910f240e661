package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kopgroep.organisation.InvitationService;

/**
 * Where a person whose password an administrator reset chooses a new one, reached by the one-time link
 * that only they received (never shown to the administrator).
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
        invitations.passwordReset(token).ifPresentOrElse(details -> {
            PasswordField password = password();
            PasswordField repeat = repeat();
            form(new Paragraph(getTranslation("passwordReset.intro", details.displayName(), details.email())),
                    "invitation.submit", "invitation.done",
                    () -> invitations.completePasswordReset(token, password.getValue(), repeat.getValue()), password, repeat);
        }, () -> invalid("passwordReset.invalid"));
    }
}
