package nl.kopgroep.base;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What several parts of one page read, read once per HTTP request (issue 16): the coach's coachees, the
 * participant's cohort with its people and the cohorts one belongs to, the organisation's cohorts and their
 * participants, the agreement in force. A Vaadin page is built in one request
 * (the bootstrap or one UIDL request), so the parts of the page that each ask a service for the same thing share
 * one answer instead of one set of statements each. Only a request that came through {@link PerRequest} (every HTTP
 * request to the application) or that {@link #open} was called for remembers anything: outside one (scheduled jobs,
 * mail, tests with Spring's mock request) nothing is remembered. Every committed read-write transaction forgets what the request had remembered,
 * so a page that saves and then shows again reads the new state. The key must name whose view it is (user or
 * organisation), as a request belongs to one session.
 */
public final class RequestMemo {

    private static final String ATTRIBUTE = RequestMemo.class.getName();

    private RequestMemo() {
    }

    /** The value remembered under {@code key} in this request, or what {@code load} gives (then remembered). */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> load) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load.get();
        }
        Map<String, Object> memo = (Map<String, Object>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            return load.get();
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = load.get();
        memo.put(key, value);
        return value;
    }

    /**
     * For what cannot change while a session lasts (the sign-in before this session's): the value remembered in the
     * HTTP session under {@code key}, or what {@code load} gives (then remembered). Without a request, not remembered.
     */
    public static <T extends java.io.Serializable> java.util.Optional<T> perSession(String key,
            Supplier<java.util.Optional<T>> load) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) == null) {
            return load.get();
        }
        String name = ATTRIBUTE + "." + key;
        if (request.getAttribute(name, RequestAttributes.SCOPE_SESSION) instanceof Kept kept) {
            @SuppressWarnings("unchecked")
            T value = (T) kept.value();
            return java.util.Optional.ofNullable(value);
        }
        java.util.Optional<T> value = load.get();
        request.setAttribute(name, new Kept(value.orElse(null)), RequestAttributes.SCOPE_SESSION);
        return value;
    }

    private record Kept(java.io.@org.jspecify.annotations.Nullable Serializable value) implements java.io.Serializable {
    }

    /** Forgets everything this request remembered. */
    public static void clear() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) != null) {
            request.setAttribute(ATTRIBUTE, new HashMap<String, Object>(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Lets this request remember (what {@link PerRequest} does for every HTTP request; for benchmarks and tests). */
    public static void open(jakarta.servlet.ServletRequest request) {
        request.setAttribute(ATTRIBUTE, new HashMap<String, Object>());
    }

    /** Every HTTP request to the application may remember what its page's parts share. */
    @Component
    static class PerRequest extends org.springframework.web.filter.OncePerRequestFilter {

        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
                                        jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain)
                throws jakarta.servlet.ServletException, java.io.IOException {
            open(request);
            try {
                chain.doFilter(request, response);
            } finally {
                request.removeAttribute(ATTRIBUTE);
            }
        }
    }

    /** Forgets the request's memo after every read-write transaction that ends, committed or rolled back. */
    @Component
    static class ForgetAfterWrites implements TransactionExecutionListener {

        @Override
        public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
            if (!transaction.isReadOnly()) {
                clear();
            }
        }

        @Override
        public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
            if (!transaction.isReadOnly()) {
                clear();
            }
        }
    }
}
