package nl.kopgroep.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.ui.LanguageSwitch;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.LastUsername;
import nl.kopgroep.security.LoginThrottledException;
import nl.kopgroep.security.PasswordNotAllowedException;
import nl.kopgroep.security.ProviderRefusal;
import nl.kopgroep.security.SecurityNavigation;
import nl.kopgroep.security.SignInRoute;
import nl.kopgroep.security.SignInRouting;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page, e-mail address first (issue 13): an address of a municipality with its own provider goes there;
 * any other address gets the password field. After a refused provider sign-in the page says why, and offers the
 * password when the municipality still allows it.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle, SecurityNavigation.LoginRoute {

    private final CurrentUser currentUser;
    private final SignInRouting routing;
    private final Div message = new Div();
    private final EmailField email = new EmailField();
    private final VerticalLayout emailStep = new VerticalLayout();
    private final Div passwordStep = new Div();
    private final LoginForm form = new LoginForm();
    private final Paragraph redirecting = new Paragraph();

    LoginView(CurrentUser currentUser, SignInRouting routing) {
        this.currentUser = currentUser;
        this.routing = routing;
        addClassName("login-page");

        Section card = new Section();
        card.addClassName("login-card");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("login-intro");

        message.addClassName("login-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);

        email.setLabel(getTranslation("login.username"));
        email.setId("login-email");
        email.setAutofocus(true);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.getElement().setAttribute("autocomplete", "username");
        email.setErrorMessage(getTranslation("login.email.invalid"));
        Button next = new Button(getTranslation("login.next"), click -> next());
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setWidthFull();
        next.addClickShortcut(Key.ENTER).listenOn(email);
        redirecting.addClassName("login-redirecting");
        redirecting.getElement().setAttribute("aria-live", "polite");
        emailStep.add(email, next, redirecting);
        emailStep.setPadding(false);
        emailStep.setAlignItems(FlexComponent.Alignment.STRETCH);
        emailStep.addClassName("login-email-step");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(loginTexts(null));
        Anchor forgot = new Anchor(SecurityNavigation.passwordRecovery(), getTranslation("login.forgotPassword"));
        forgot.addClassName("login-forgot");
        Button otherAddress = new Button(getTranslation("login.otherAddress"), click -> showEmailStep());
        otherAddress.addThemeVariants(ButtonVariant.TERTIARY);
        passwordStep.add(form, forgot, otherAddress);
        passwordStep.addClassName("login-password-step");
        passwordStep.setVisible(false);

        card.add(title, intro, message, emailStep, passwordStep, new LanguageSwitch());
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        if (query.getParameters().containsKey("error")) {
            AuthenticationProblem problem = lastProblem();
            String typed = LastUsername.inCurrentSession().orElse("");
            email.setValue(typed);
            if (problem.notAllowed() != null) {
                showProviderOnly(problem.notAllowed());
                return;
            }
            form.setI18n(loginTexts(problem.throttled()));
            form.setError(true);
            showPasswordStep(typed);
            return;
        }
        Optional<ProviderRefusal> refusal = first(query, "fout").flatMap(ProviderRefusal::ofCode);
        if (refusal.isPresent()) {
            showMessage(getTranslation("login.provider." + refusal.get().code()));
            first(query, "gemeente").flatMap(routing::routeOfMunicipality)
                    .filter(SignInRoute::passwordsAllowed)
                    .ifPresent(route -> {
                        Button withPassword = new Button(getTranslation("login.provider.usePassword"), click -> showPasswordStep(email.getValue()));
                        withPassword.addThemeVariants(ButtonVariant.TERTIARY);
                        withPassword.addClassName("login-use-password");
                        message.add(withPassword);
                    });
        }
    }

    private void next() {
        String typed = email.getValue() == null ? "" : email.getValue().strip();
        if (typed.isEmpty() || email.isInvalid() || !typed.contains("@")) {
            email.setInvalid(true);
            email.setErrorMessage(getTranslation(typed.isEmpty() ? "login.username.required" : "login.email.invalid"));
            email.focus();
            return;
        }
        email.setInvalid(false);
        SignInRoute route = routing.routeFor(typed);
        if (route.throughProvider()) {
            redirecting.setText(getTranslation("login.redirecting", route.municipalityName()));
            getUI().ifPresent(ui -> ui.getPage().setLocation(routing.startPath(route.registrationId(), typed)));
        } else {
            showPasswordStep(typed);
        }
    }

    private void showPasswordStep(String typed) {
        emailStep.setVisible(false);
        passwordStep.setVisible(true);
        // Put the address in the form's own field (it posts the native form), and the cursor in the password field.
        form.getElement().executeJs("customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {"
                + " const user = this.querySelector('#vaadinLoginUsername'); if (user && $0) { user.value = $0; }"
                + " const pass = this.querySelector('#vaadinLoginPassword'); if (pass && $0) { pass.focus(); }"
                + " else if (user) { user.focus(); } }))", typed);
    }

    private void showEmailStep() {
        passwordStep.setVisible(false);
        emailStep.setVisible(true);
        email.focus();
    }

    /** The password was right, but this municipality signs its people in through its own provider only. */
    private void showProviderOnly(PasswordNotAllowedException notAllowed) {
        showMessage(getTranslation("login.passwordNotAllowed", notAllowed.municipalityName()));
        Button through = new Button(getTranslation("login.throughProvider", notAllowed.municipalityName()),
                click -> getUI().ifPresent(ui -> ui.getPage().setLocation(
                        routing.startPath(notAllowed.registrationId(), email.getValue()))));
        through.addThemeVariants(ButtonVariant.PRIMARY);
        message.add(through);
    }

    private void showMessage(String text) {
        message.removeAll();
        message.add(new Paragraph(text));
        message.setVisible(true);
    }

    private record AuthenticationProblem(@Nullable LoginThrottledException throttled,
                                         @Nullable PasswordNotAllowedException notAllowed) {
    }

    private AuthenticationProblem lastProblem() {
        VaadinSession session = VaadinSession.getCurrent();
        Object problem = session != null && session.getSession() != null
                ? session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
        return new AuthenticationProblem(problem instanceof LoginThrottledException throttled ? throttled : null,
                problem instanceof PasswordNotAllowedException notAllowed ? notAllowed : null);
    }

    private static Optional<String> first(QueryParameters query, String name) {
        List<String> values = query.getParameters().getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().length() > 60 ? Optional.empty() : Optional.of(values.getFirst());
    }

    private LoginI18n loginTexts(@Nullable LoginThrottledException throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (throttled != null) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("edge.login.throttled.wait", throttled.retryAfterMinutes()));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
