package nl.kopgroep.scale;

import jakarta.servlet.http.HttpSession;
import java.util.function.Supplier;
import nl.kopgroep.base.RequestMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Work done as in one HTTP request of a page load, for the benchmarks and statement counts: Spring's request
 * attributes bound and {@link RequestMemo} open for the request, as every real request has them.
 */
final class PageRequest {

    private PageRequest() {
    }

    /** {@code work} in one request, of {@code session} when given (what a session keeps stays for its next request). */
    static <T> T run(@Nullable HttpSession session, Supplier<T> work) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (session != null) {
            request.setSession(session);
        }
        RequestMemo.open(request);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return work.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
