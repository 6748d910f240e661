package nl.kopgroep.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.kopgroep.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import java.util.Map;

/**
 * Spring Security through Vaadin's configurer: the Dutch login view, view access by annotation,
 * method security on the application services, throttled sign-in and an account check per request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDirectory accounts,
                                            AuthenticationManager authenticationManager,
                                            SecurityHeaders securityHeaders,
                                            RequestUtil vaadinRequests) throws Exception {
        // Our throttling provider, not the plain one Spring would build from the UserDetailsService.
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll());
        // Security headers (CSP with a nonce per page, Permissions-Policy, HSTS with secure cookies): SecurityHeaders.
        http.headers(securityHeaders::configure);
        // Spring Security's default already gives a new session id at sign-in (session fixation).
        http.addFilterBefore(new ActiveAccountFilter(accounts), AuthorizationFilter.class);
        http.addFilterBefore(new LastUsernameFilter(), UsernamePasswordAuthenticationFilter.class);
        // Login CSRF: Vaadin's configurer would exempt the login form's POST from CSRF. Keep its exemption only for
        // Vaadin's internal requests (they carry Vaadin's own per-UI token); the login form posts Spring's token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                        .enableCsrfConfiguration(false))
                .build();
    }

    @Bean
    AuthenticationManager authenticationManager(KopgroepUserDetailsService userDetails, PasswordEncoder encoder,
                                                LoginThrottle throttle, AuditLog auditLog, AccountDirectory accounts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, auditLog, accounts));
    }

    /** Argon2id for new hashes; bcrypt hashes (if any were imported) still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }
}
