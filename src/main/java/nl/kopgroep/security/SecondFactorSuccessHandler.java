package nl.kopgroep.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a right password: either the sign-in is complete (recorded, then Vaadin's own handler sends the
 * person where they were going), or a second factor is due and the browser goes to the code or the
 * enrolment page while the session holds only a {@link PendingSignIn}.
 */
class SecondFactorSuccessHandler implements AuthenticationSuccessHandler {

    private final AuthenticationSuccessHandler completed;
    private final SignInFlow flow;

    SecondFactorSuccessHandler(AuthenticationSuccessHandler completed, SignInFlow flow) {
        this.completed = completed;
        this.flow = flow;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof KopgroepUser user) {
            Optional<String> secondStep = flow.secondStep(user);
            if (secondStep.isPresent()) {
                flow.hold(user, secondStep.get().equals(SignInFlow.ENROL_PATH), request, response);
                response.sendRedirect(request.getContextPath() + "/" + secondStep.get());
                return;
            }
            flow.recordSignIn(user, request);
        }
        completed.onAuthenticationSuccess(request, response, authentication);
    }
}
