package nl.kopgroep.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The security headers of every response (docs/security.md, "Headers, cookies and CSRF"):
 * <ul>
 * <li>Content-Security-Policy from {@code kopgroep.security.content-security-policy}, in which {@code {nonce}}
 * becomes a fresh random value per request. Vaadin's bootstrap page has inline scripts; they get that nonce
 * (an index-page listener below), so no other inline script runs — no {@code 'unsafe-inline'} for scripts.</li>
 * <li>Permissions-Policy switching off browser features Kopgroep never uses.</li>
 * <li>HSTS on every response when the session cookie is {@code Secure} (KOPGROEP_SECURE_COOKIES): behind a
 * TLS-terminating proxy the app itself may see plain http, and browsers ignore HSTS over http anyway.</li>
 * </ul>
 */
@Component
public class SecurityHeaders implements VaadinServiceInitListener {

    /** The request attribute holding this request's nonce. */
    static final String NONCE = "kopgroep.cspNonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String contentSecurityPolicy;
    private final String permissionsPolicy;
    private final boolean secureCookies;
    private final Duration hstsMaxAge;

    SecurityHeaders(@Value("${kopgroep.security.content-security-policy}") String contentSecurityPolicy,
                    @Value("${kopgroep.security.permissions-policy}") String permissionsPolicy,
                    @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies,
                    @Value("${kopgroep.security.hsts-max-age:365d}") Duration hstsMaxAge) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.permissionsPolicy = permissionsPolicy;
        this.secureCookies = secureCookies;
        this.hstsMaxAge = hstsMaxAge;
    }

    /** All security headers; called once from SecurityConfiguration. */
    void configure(HeadersConfigurer<HttpSecurity> headers) {
        // Written before the request is handled, not when the response commits: Vaadin's production index page
        // (with a Content-Length) otherwise went out without any of these headers.
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentTypeOptions(options -> { })
                .referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin())
                .httpStrictTransportSecurity(hsts -> hsts.disable())
                .addHeaderWriter(hsts(secureCookies, hstsMaxAge))
                .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        contentSecurityPolicy.replace("{nonce}", nonce(request))))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", permissionsPolicy));
    }

    /** HSTS for every request when cookies are secure, else none at all. */
    static HeaderWriter hsts(boolean secureCookies, Duration maxAge) {
        if (!secureCookies) {
            return (request, response) -> { };
        }
        HstsHeaderWriter writer = new HstsHeaderWriter();
        writer.setRequestMatcher(AnyRequestMatcher.INSTANCE);
        writer.setMaxAgeInSeconds(maxAge.toSeconds());
        // A municipality's other sub-domains are not ours to force onto https.
        writer.setIncludeSubDomains(false);
        return writer;
    }

    /** This request's nonce, made on first use (by the header writer or by Vaadin's page, whichever is first). */
    static String nonce(HttpServletRequest request) {
        Object existing = request.getAttribute(NONCE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        return nonce;
    }

    /** Vaadin's bootstrap page: its inline scripts carry the nonce of the policy sent with it. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof com.vaadin.flow.server.VaadinServletRequest request) {
                String nonce = nonce(request.getHttpServletRequest());
                response.getDocument().getElementsByTag("script").attr("nonce", nonce);
            }
        });
    }
}
