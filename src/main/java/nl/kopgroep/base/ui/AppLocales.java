package nl.kopgroep.base.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The languages of the UI: Dutch first, English second. */
public final class AppLocales {

    public static final Locale DUTCH = nl.kopgroep.base.Messages.DUTCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    static final String COOKIE = "kopgroep-taal";

    private AppLocales() {
    }

    /** The supported locale for a language tag, or empty when the tag is unknown. */
    public static Optional<Locale> forTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /**
     * The cookie that keeps the chosen language for a year. It is {@code Secure} whenever the session cookie is
     * (KOPGROEP_SECURE_COOKIES, applied by Spring Boot to the servlet context) or the request came over https.
     */
    static Cookie cookie(Locale locale, @Nullable HttpServletRequest request) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(request != null && (request.isSecure()
                || request.getServletContext().getSessionCookieConfig().isSecure()));
        return cookie;
    }

    static Locale fromCookies(Cookie @Nullable [] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return forTag(cookie.getValue()).orElse(DUTCH);
                }
            }
        }
        return DUTCH;
    }
}
