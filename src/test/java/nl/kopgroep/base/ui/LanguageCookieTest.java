package nl.kopgroep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;

/** The language cookie is Secure exactly when the session cookie is (or the request is https). */
class LanguageCookieTest {

    @Test
    void secureWhenTheSessionCookieIsSecure() {
        MockServletContext context = new MockServletContext();
        context.getSessionCookieConfig().setSecure(true);
        Cookie cookie = AppLocales.cookie(AppLocales.ENGLISH, new MockHttpServletRequest(context));
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.getValue()).isEqualTo("en");
    }

    @Test
    void secureOverHttpsAndNotOverPlainHttpWithoutSecureCookies() {
        MockHttpServletRequest https = new MockHttpServletRequest(new MockServletContext());
        https.setSecure(true);
        assertThat(AppLocales.cookie(AppLocales.DUTCH, https).getSecure()).isTrue();
        assertThat(AppLocales.cookie(AppLocales.DUTCH, new MockHttpServletRequest(new MockServletContext())).getSecure())
                .isFalse();
    }
}
