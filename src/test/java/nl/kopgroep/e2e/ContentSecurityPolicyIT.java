package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy as the browser enforces it: the page gets the policy, an injected inline script
 * does not run (and the browser test base class notices the violation, which is what makes every other
 * browser test a CSP check), and string evaluation is allowed exactly when the policy says so.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    @Test
    void anInjectedInlineScriptIsBlockedAndReportedWhileVaadinWorks() {
        Response response = page.navigate(url("login"));
        waitForVaadin();
        String policy = response.headerValue("content-security-policy");
        assertThat(policy).contains("script-src 'self' 'nonce-").doesNotContain("'unsafe-inline' 'nonce");
        Object ran = page.evaluate("() => new Promise(done => { const s = document.createElement('script');"
                + " s.textContent = 'window.__injected = true'; document.body.appendChild(s);"
                + " requestAnimationFrame(() => done(!!window.__injected)); })");
        assertThat(ran).as("an injected inline script runs").isEqualTo(false);
        waitFor("#login-email");
        page.waitForFunction("() => true");
        assertThat(takeCspViolations()).as("the browser reported the blocked script")
                .anySatisfy(violation -> assertThat(violation).contains("script-src"));
        Object eval = page.evaluate("() => { try { return new Function('return \"allowed\"')(); }"
                + " catch (e) { return 'blocked: ' + e; } }");
        takeCspViolations();
        assertThat(String.valueOf(eval)).as("string evaluation under " + policy)
                .startsWith(policy.contains("'unsafe-eval'") ? "allowed" : "blocked");
        System.out.println("CSP probe: policy=" + policy + " eval=" + eval);
    }
}
