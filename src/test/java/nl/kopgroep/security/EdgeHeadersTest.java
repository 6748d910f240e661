package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Response headers and the sign-in form's CSRF protection, through the application's real security filter
 * chain (docs/security.md, "Headers, cookies and CSRF").
 */
@KopgroepTest
class EdgeHeadersTest {

    @Autowired @Qualifier("springSecurityFilterChain") Filter securityFilters;
    @Autowired SecurityHeaders headers;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM login_throttle").update();
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyWithoutUnsafeInlineScriptsAndAPermissionsPolicy() throws Exception {
        MockHttpServletResponse response = send(new MockHttpServletRequest("GET", "/login"));
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'self'", "form-action 'self'");
        assertThat(directive(policy, "script-src")).doesNotContain("'unsafe-inline'", "*", "data:", "http:", "https:");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()",
                "payment=()");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void noHstsWithoutSecureCookiesAndAlwaysWithThem() throws Exception {
        MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/login");
        assertThat(send(plain).getHeader("Strict-Transport-Security")).as("test profile: secure cookies off").isNull();

        // Behind a TLS proxy the app may see plain http; with secure cookies on, HSTS is sent on every response.
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityHeaders.hsts(true, java.time.Duration.ofDays(365)).writeHeaders(new MockHttpServletRequest("GET", "/"), response);
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        MockHttpServletResponse off = new MockHttpServletResponse();
        SecurityHeaders.hsts(false, java.time.Duration.ofDays(365)).writeHeaders(secure(new MockHttpServletRequest("GET", "/")), off);
        assertThat(off.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void aCrossSitePostToTheLoginFormWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpServletRequest forged = new MockHttpServletRequest("POST", "/login");
        forged.addHeader("Origin", "https://evil.example");
        forged.addParameter("username", "aanvaller@example.org");
        forged.addParameter("password", "wachtwoord van de aanvaller");
        MockHttpServletResponse refused = send(forged);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getRedirectedUrl()).isNull();

        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
        MockHttpSession session = new MockHttpSession();
        page.setSession(session);
        send(page);
        CsrfToken token = (CsrfToken) page.getAttribute(CsrfToken.class.getName());
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/login");
        form.setSession(session);
        form.addParameter("username", "aanvaller@example.org");
        form.addParameter("password", "wachtwoord van de aanvaller");
        form.addParameter(token.getParameterName(), token.getToken());
        MockHttpServletResponse checked = send(form);
        assertThat(checked.getRedirectedUrl()).as("with the page's token the form is checked (and fails)").contains("/login?error");
    }

    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest secure(MockHttpServletRequest request) {
        request.setSecure(true);
        request.setScheme("https");
        return request;
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }
}
