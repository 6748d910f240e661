package nl.kopgroep.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI texts from {@code vaadin-i18n/translations*.properties}: Dutch in the base file, English in
 * {@code _en}. Unlike the default provider this never falls back to the JVM's default locale, so a
 * server whose default is English still shows Dutch to a Dutch user.
 */
@Component
public class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale == null ? AppLocales.DUTCH : locale;
        try {
            String text = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, effective);
            return "!" + key + "!";
        }
    }
}
