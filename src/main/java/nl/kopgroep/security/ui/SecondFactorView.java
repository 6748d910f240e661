package nl.kopgroep.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
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

/** The second step of signing in: the code from the authenticator app, or a recovery code. */
@Route(value = "inloggen/code", autoLayout = false)
@AnonymousAllowed
class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final SecondFactorSignInService signIn;

    SecondFactorView(CurrentUser currentUser, SecondFactorSignInService signIn) {
        this.currentUser = currentUser;
        this.signIn = signIn;
        addClassName("login-page");
        Section card = new Section();
        card.addClassNames("login-card", "mfa-page");
        TextField code = EnrolmentPanel.codeField(getTranslation("mfa.code.label"));
        code.setHelperText(getTranslation("mfa.code.help"));
        FormError error = new FormError();
        Button submit = new Button(getTranslation("mfa.code.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> {
            try {
                String target = signIn.verify(code.getValue());
                getUI().ifPresent(ui -> ui.getPage().setLocation(target));
            } catch (DomainException refused) {
                error.show(refused);
                code.focus();
            }
        });
        Button startOver = new StartOverButton(signIn);
        card.add(new H1(getTranslation("mfa.code.title")), new Paragraph(getTranslation("mfa.code.intro")), error, code,
                submit, startOver);
        add(card);
        code.focus();
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
        } else if (step != Step.CODE) {
            event.forwardTo(SecondFactorEnrolmentView.class);
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("mfa.code.pageTitle");
    }
}
