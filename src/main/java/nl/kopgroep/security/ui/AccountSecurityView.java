package nl.kopgroep.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.security.AccountSecurityService;
import nl.kopgroep.security.SecondFactorStatus;
import nl.kopgroep.security.SecurityNavigation;

/** The signed-in person's sign-in security: the previous sign-in, and two-factor sign-in on or off. */
@Route("beveiliging")
@PermitAll
@Menu(order = 95, icon = "vaadin:lock", title = "nav.accountSecurity")
class AccountSecurityView extends Main implements HasDynamicTitle, SecurityNavigation.AccountSecurityRoute {

    private final AccountSecurityService security;
    private final Section secondFactor = new Section();

    AccountSecurityView(AccountSecurityService security, DateTimeFormats formats) {
        this.security = security;
        addClassNames("page", "account-security-page");
        Section lastSignIn = new Section(new H2(getTranslation("accountSecurity.lastSignIn")));
        lastSignIn.addClassName("last-sign-in");
        lastSignIn.add(new Paragraph(security.previousSignIn()
                .map(previous -> getTranslation("accountSecurity.lastSignIn.text", formats.dateTime(previous.at()),
                        previous.clientAddress(), previous.device()))
                .orElse(getTranslation("accountSecurity.lastSignIn.none"))));
        lastSignIn.add(new Paragraph(getTranslation("accountSecurity.lastSignIn.notYou")));
        secondFactor.addClassName("second-factor");
        add(new H1(getTranslation("accountSecurity.title")), lastSignIn, secondFactor);
        showSecondFactor();
    }

    private void showSecondFactor() {
        secondFactor.removeAll();
        secondFactor.add(new H2(getTranslation("accountSecurity.mfa")));
        SecondFactorStatus status = security.secondFactor();
        if (!status.enrolled()) {
            secondFactor.add(new Paragraph(getTranslation(status.required() ? "accountSecurity.mfa.offRequired"
                    : "accountSecurity.mfa.off")));
            Button turnOn = new Button(getTranslation("accountSecurity.mfa.turnOn"), click -> {
                secondFactor.removeAll();
                secondFactor.add(new H2(getTranslation("accountSecurity.mfa")),
                        new EnrolmentPanel(security.offerEnrolment(), security::confirmEnrolment,
                                "accountSecurity.mfa.done", this::showSecondFactor));
            });
            turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            secondFactor.add(turnOn);
            return;
        }
        secondFactor.add(new Paragraph(getTranslation("accountSecurity.mfa.on", status.recoveryCodesLeft())));
        if (status.required()) {
            secondFactor.add(new Paragraph(getTranslation("accountSecurity.mfa.required")));
        }
        TextField code = EnrolmentPanel.codeField(getTranslation("accountSecurity.mfa.currentCode"));
        code.setHelperText(getTranslation("accountSecurity.mfa.currentCode.help"));
        FormError error = new FormError();
        Button renew = new Button(getTranslation("accountSecurity.mfa.renewCodes"), click -> {
            @SuppressWarnings("unchecked") java.util.List<String>[] codes = new java.util.List[1];
            if (error.attempt(() -> codes[0] = security.newRecoveryCodes(code.getValue()))) {
                secondFactor.removeAll();
                secondFactor.add(new H2(getTranslation("accountSecurity.mfa")),
                        EnrolmentPanel.recoveryCodes(codes[0], "accountSecurity.mfa.done", this::showSecondFactor));
            }
        });
        secondFactor.add(error, code, renew);
        if (!status.required()) {
            Button turnOff = new Button(getTranslation("accountSecurity.mfa.turnOff"), click -> {
                if (error.attempt(() -> security.turnOff(code.getValue()))) {
                    showSecondFactor();
                }
            });
            turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
            secondFactor.add(turnOff);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accountSecurity.title");
    }
}
