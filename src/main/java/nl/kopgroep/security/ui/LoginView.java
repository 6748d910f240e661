package nl.kopgroep.security.ui;

import nl.kopgroep.security.SecurityNavigation;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kopgroep.base.ui.LanguageSwitch;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.LastUsername;
import nl.kopgroep.security.LoginThrottledException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/** The Dutch (by default) sign-in page. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle, SecurityNavigation.LoginRoute {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(loginTexts(null));

        var card = new com.vaadin.flow.component.html.Section();
        card.addClassName("login-card");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("login-intro");
        // A plain link (keyboard reachable, announced as a link) rather than the form's own button.
        com.vaadin.flow.component.html.Anchor forgot = new com.vaadin.flow.component.html.Anchor(
                SecurityNavigation.passwordRecovery(), getTranslation("login.forgotPassword"));
        forgot.addClassName("login-forgot");
        card.add(title, intro, form, forgot, new LanguageSwitch());
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(loginTexts(lastFailureWasThrottle()));
            form.setError(true);
            // Put the address back that was typed, so only the password has to be entered again.
            LastUsername.inCurrentSession().ifPresent(username -> form.getElement().executeJs(
                    "customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {"
                            + " const field = this.querySelector('#vaadinLoginUsername');"
                            + " if (field) { field.value = $0; } }))", username));
        }
    }

    private @Nullable LoginThrottledException lastFailureWasThrottle() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException e) {
            return e;
        }
        return null;
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
