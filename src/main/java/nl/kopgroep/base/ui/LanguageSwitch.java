package nl.kopgroep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
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
            response.addCookie(AppLocales.cookie(locale, VaadinServletRequest.getCurrent() == null ? null
                    : VaadinServletRequest.getCurrent().getHttpServletRequest()));
        }
        UI.getCurrent().getPage().reload();
    }
}
