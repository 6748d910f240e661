package nl.kopgroep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;

/**
 * Chooses the UI language. The choice is kept in the session and in a cookie, so it holds for the
 * next visit and for the login page too.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        addClassName("language-switch");
        setLabel(getTranslation("language.label"));
        setItems(AppLocales.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setValue(AppLocales.forTag(UI.getCurrent().getLocale().toLanguageTag()).orElse(AppLocales.DUTCH));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(AppLocales.COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
