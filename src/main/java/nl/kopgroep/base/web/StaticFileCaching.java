package nl.kopgroep.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep the static files Vaadin serves (README "Production", docs/benchmarks.md, issue 16).
 * Vaadin's static file server gives every file {@code max-age=3600} and a file whose URL carries a content hash
 * ({@code ?v-c=…} on the {@code @StyleSheet} links) a year; Spring Security's defaults add {@code Pragma: no-cache}
 * and {@code Expires: 0} to both. This filter, in front of Spring Security, rewrites what Vaadin decides:
 * <ul>
 * <li>a file of the production bundle ({@code /VAADIN/build/}, whose names carry a content hash) and a file asked
 * for with its content hash ({@code v-c}): {@link #IMMUTABLE} — a new version has a new URL;</li>
 * <li>any other static file (an unversioned URL, such as a stylesheet's or an image's own address):
 * {@link #REVALIDATE} — the browser keeps it but asks each time, and gets 304 while {@code Last-Modified} holds;</li>
 * <li>responses that are not Vaadin's cacheable static files (pages, UIDL, errors, {@code no-store}) keep their
 * headers.</li>
 * </ul>
 * For the rewritten files the contradicting {@code Pragma} and {@code Expires} are left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StaticFileCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    /** Vite's file names in the production bundle: name-HASH.js (and .css and the like). */
    private static final Pattern BUNDLE_FILE = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8,}\\.[a-z0-9]+");
    /** What Vaadin's static file server writes for a file it serves (never with no-cache, no-store or private). */
    private static final Pattern CACHEABLE = Pattern.compile("(?i)\\s*max-age=\\d+(\\s*,\\s*immutable)?\\s*");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        boolean versioned = BUNDLE_FILE.matcher(path).matches()
                || query != null && query.matches("(?:.*&)?v-c=[0-9a-f]+(?:&.*)?");
        chain.doFilter(request, new Rewriting(response, versioned ? IMMUTABLE : REVALIDATE));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    /** Lets every header through, except Vaadin's cache time for a static file, which becomes {@code policy}. */
    private static final class Rewriting extends HttpServletResponseWrapper {

        private final String policy;
        private boolean rewritten;

        Rewriting(HttpServletResponse response, String policy) {
            super(response);
            this.policy = policy;
        }

        @Override
        public void setHeader(String name, String value) {
            if (!intercepted(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!intercepted(name, value)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!(rewritten && "Expires".equalsIgnoreCase(name))) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!(rewritten && "Expires".equalsIgnoreCase(name))) {
                super.addDateHeader(name, date);
            }
        }

        private boolean intercepted(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name) && value != null && CACHEABLE.matcher(value).matches()) {
                rewritten = true;
                super.setHeader("Cache-Control", policy);
                // Spring Security wrote these before Vaadin decided; they would contradict the policy.
                super.setHeader("Pragma", null);
                super.setHeader("Expires", null);
                return true;
            }
            return rewritten && ("Pragma".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name));
        }
    }
}
