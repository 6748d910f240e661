package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kopgroep.organisation.InvitationService;

/** Where an invited person chooses their password, reached by the one-time link. */
@Route(value = "uitnodiging/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends OneTimeLinkPage {

    private final InvitationService invitations;

    InvitationView(InvitationService invitations) {
        super("invitation.title");
        this.invitations = invitations;
    }

    @Override
    void show(String token) {
        invitations.invitation(token).ifPresentOrElse(details -> {
            if (details.throughProviderOnly()) {
                throughProvider(new Paragraph(getTranslation("invitation.throughProvider", details.displayName(),
                        details.organisationName(), details.organisationName(), details.email())));
                return;
            }
            PasswordField password = password();
            PasswordField repeat = repeat();
            form(new Paragraph(getTranslation("invitation.welcome", details.displayName(), details.organisationName(),
                            details.email())), "invitation.submit", "invitation.done",
                    () -> invitations.accept(token, password.getValue(), repeat.getValue()), password, repeat);
        }, () -> invalid("invitation.invalid"));
    }
}
