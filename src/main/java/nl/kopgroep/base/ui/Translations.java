package nl.kopgroep.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import nl.kopgroep.base.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Vaadin's access to {@link Messages}: Dutch first, English second, missing keys logged. */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale == null ? AppLocales.DUTCH : locale;
        if (!Messages.exists(key)) {
            log.warn("Missing translation '{}'", key);
        }
        return Messages.text(key, effective, params);
    }
}
