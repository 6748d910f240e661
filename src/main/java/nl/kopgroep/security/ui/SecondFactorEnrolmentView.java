package nl.kopgroep.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.SecondFactorSignInService;
import nl.kopgroep.security.SecondFactorSignInService.Step;
import nl.kopgroep.security.SecurityNavigation;

/**
 * Someone whose role requires two-factor sign-in and who has not turned it on yet comes here right after the
 * password, and can do nothing else: they are not signed in until the first code confirms the app.
 */
@Route(value = "inloggen/tweestapsverificatie", autoLayout = false)
@AnonymousAllowed
class SecondFactorEnrolmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final SecondFactorSignInService signIn;
    private final Section card = new Section();

    SecondFactorEnrolmentView(CurrentUser currentUser, SecondFactorSignInService signIn) {
        this.currentUser = currentUser;
        this.signIn = signIn;
        addClassName("login-page");
        card.addClassNames("login-card", "mfa-page");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        Step step = signIn.pendingStep().orElse(null);
        if (step == null) {
            event.forwardTo(SecurityNavigation.login());
            return;
        }
        if (step == Step.CODE) {
            event.forwardTo(SecondFactorView.class);
            return;
        }
        card.removeAll();
        card.add(new H1(getTranslation("mfa.enrol.title")));
        if (step == Step.ENROLLED) {
            // A reload after the codes were shown: they are not shown again.
            card.add(new Paragraph(getTranslation("mfa.enrol.alreadyConfirmed")));
            FormError error = new FormError();
            com.vaadin.flow.component.button.Button next = new com.vaadin.flow.component.button.Button(
                    getTranslation("mfa.enrol.continue"), click -> finish(error));
            card.add(error, next);
            return;
        }
        FormError error = new FormError();
        card.add(new Paragraph(getTranslation("mfa.enrol.required")), error,
                new EnrolmentPanel(signIn.offerEnrolment(), signIn::confirmEnrolment, "mfa.enrol.continue",
                        () -> finish(error)));
        com.vaadin.flow.component.button.Button startOver = new StartOverButton(signIn);
        card.add(startOver);
    }

    private void finish(FormError error) {
        try {
            String target = signIn.finishEnrolment();
            getUI().ifPresent(ui -> ui.getPage().setLocation(target));
        } catch (DomainException refused) {
            error.show(refused);
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("mfa.enrol.pageTitle");
    }
}
