package nl.kopgroep.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import nl.kopgroep.security.SecondFactorSignInService;
import nl.kopgroep.security.SecurityNavigation;

/** Back to the password from a second-factor step: forgets the pending sign-in. */
class StartOverButton extends Button {

    StartOverButton(SecondFactorSignInService signIn) {
        setText(getTranslation("mfa.startOver.link"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> {
            signIn.cancel();
            getUI().ifPresent(ui -> ui.navigate(SecurityNavigation.login()));
        });
    }
}
