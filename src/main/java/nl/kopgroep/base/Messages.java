package nl.kopgroep.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundle behind every text the product shows ({@code vaadin-i18n/translations*}):
 * Dutch in the base file, English in {@code _en}. Never falls back to the JVM's default locale,
 * so a server whose default is English still speaks Dutch to a Dutch user.
 */
public final class Messages {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text for {@code key}, or {@code !key!} when it does not exist. */
    public static String text(String key, Locale locale, Object... arguments) {
        try {
            String text = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static boolean exists(String key) {
        return ResourceBundle.getBundle(BUNDLE, DUTCH, NO_FALLBACK).containsKey(key);
    }
}
