package nl.kopgroep.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
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
import org.springframework.http.HttpMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;

/**
 * Spring Security through Vaadin's configurer: the Dutch login view, view access by annotation,
 * method security on the application services, throttled sign-in and an account check per request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** mail.MailLinks.ONE_CLICK_PATH + token (written out: security sits below mail). */
    static final String ONE_CLICK_UNSUBSCRIBE = "/mail/afmelden/*";
    static final String CALENDAR_FEED = "/kalender/*";

    static final int ARGON2_SALT_BYTES = 16;
    static final int ARGON2_HASH_BYTES = 32;
    static final int ARGON2_PARALLELISM = 1;
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDirectory accounts,
                                            AuthenticationManager authenticationManager, SignInFlow signInFlow, Clock clock,
                                            @Value("${kopgroep.security.session.absolute-lifetime:12h}")
                                            Duration absoluteSessionLifetime, SecurityHeaders securityHeaders,
                                            RequestUtil vaadinRequests, ProviderRegistrations registrations,
                                            ProviderUserService providerUsers, AccountDirectory directory, AuditLog auditLog,
                                            org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository authorizedClients,
                                            org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager authorizedClientManager,
                                            org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient tokenClient,
                                            ProviderLinkStore links,
                                            org.springframework.transaction.support.TransactionTemplate transactions) throws Exception {
        // Our throttling provider, not the plain one Spring would build from the UserDetailsService.
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll()
                // RFC 8058 one-click unsubscribe (mail.OneClickUnsubscribe): the token in the path is the authority.
                .requestMatchers(ONE_CLICK_UNSUBSCRIBE).permitAll()
                // A person's calendar feed (sessions.CalendarFeedEndpoint): the secret token in the path is the authority.
                .requestMatchers(HttpMethod.GET, CALENDAR_FEED).permitAll());
        // Security headers (CSP with a nonce per page, Permissions-Policy, HSTS with secure cookies): SecurityHeaders.
        http.headers(securityHeaders::configure);
        // Spring Security's default already gives a new session id at sign-in (session fixation).
        // Fresh roles, security stamp and absolute lifetime on every request (issue 11, hole 3).
        http.addFilterBefore(new ActiveAccountFilter(accounts, clock, absoluteSessionLifetime), AuthorizationFilter.class);
        // A session signed in through the municipality's provider lasts as long as the provider renews its tokens.
        http.addFilterAfter(new ProviderSessionFilter(authorizedClients, authorizedClientManager, auditLog, clock),
                ActiveAccountFilter.class);
        http.addFilterBefore(new LastUsernameFilter(), UsernamePasswordAuthenticationFilter.class);
        // Login CSRF: Vaadin's configurer would exempt the login form's POST from CSRF. Keep its exemption only for
        // Vaadin's internal requests (they carry Vaadin's own per-UI token); the login form posts Spring's token.
        // The one-click unsubscribe POST comes from a mail program without a session or token (RFC 8058): exempt,
        // for exactly that path and method; it only ever switches off the one topic its token names.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest,
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .enableCsrfConfiguration(false)
                // Sign-out: on to the provider's end-session endpoint for a provider sign-in (RP-initiated logout).
                .logoutSuccessHandler(new ProviderLogout(registrations)));
        // Sign-in through the municipality's own OpenID Connect provider (issue 13): authorization code with PKCE,
        // the account found by ProviderUserService, the same second-factor rules as after a password (DD012).
        AuthenticationFailureHandler providerFailure = ProviderSignInHandlers.failure(registrations, auditLog,
                ProviderRefusal.FAILED);
        http.oauth2Login(oauth -> oauth
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(authorizedClients)
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(new ProviderAuthorizationRequests(registrations)))
                .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokenClient))
                .userInfoEndpoint(endpoint -> endpoint.oidcUserService(providerUsers))
                .failureHandler(providerFailure)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        AuthenticationSuccessHandler vaadinHandler = http.getSharedObject(
                                VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                        filter.setAuthenticationSuccessHandler(ProviderSignInHandlers.success(vaadinHandler == null
                                        ? new SavedRequestAwareAuthenticationSuccessHandler() : vaadinHandler, signInFlow,
                                directory, auditLog, clock, providerFailure));
                        return filter;
                    }
                })
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // No usable registration before the redirect (unknown code, provider unreachable): the login
                        // page with a message, not an error page.
                        filter.setAuthenticationFailureHandler(ProviderSignInHandlers.failure(registrations, auditLog,
                                ProviderRefusal.PROVIDER_UNAVAILABLE));
                        return filter;
                    }
                }));
        // OpenID Connect Back-Channel Logout at /logout/connect/back-channel/<municipality code>.
        http.oidcLogout(logout -> logout
                .clientRegistrationRepository(registrations)
                .oidcSessionRegistry(ProviderClientConfiguration.noSessionRegistry())
                .backChannel(backChannel -> backChannel.logoutHandler(
                        new ProviderBackChannelLogout(links, directory, auditLog, transactions))));
        // After the password, a second factor may be due (DD010): wrap Vaadin's success handler.
        // After Vaadin's configurer, so its login page is set before the form login initialises.
        http.formLogin(form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                AuthenticationSuccessHandler vaadinHandler = http.getSharedObject(
                        VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                filter.setAuthenticationSuccessHandler(new SecondFactorSuccessHandler(vaadinHandler == null
                        ? new SavedRequestAwareAuthenticationSuccessHandler() : vaadinHandler, signInFlow));
                return filter;
            }
        }));
        return http.build();
    }

    @Bean
    AuthenticationManager authenticationManager(KopgroepUserDetailsService userDetails, PasswordEncoder encoder,
                                                LoginThrottle throttle, AuditLog auditLog, AccountDirectory accounts,
                                                SignInRouting routing,
                                                org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient tokenClient,
                                                ProviderUserService providerUsers) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(encoder);
        // A hash made with weaker parameters (or bcrypt) is replaced at the next successful sign-in.
        passwords.setUserDetailsPasswordService(userDetails);
        // The provider's answer (authorization code → tokens → validated ID token → account): Spring Security's OpenID
        // Connect provider, in the same manager because the filter chain uses this one manager for every sign-in.
        var provider = new org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider(
                tokenClient, providerUsers);
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, auditLog, accounts, routing), provider);
    }

    /**
     * Argon2id at OWASP's Password Storage Cheat Sheet parameters: 19 MiB of memory, 2 iterations, parallelism 1
     * (16-byte salt, 32-byte hash). Hashes with fewer resources (Spring's older 16 MiB default) and bcrypt hashes
     * still verify and are re-hashed at the next sign-in ({@link KopgroepUserDetailsService#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", new Argon2PasswordEncoder(ARGON2_SALT_BYTES, ARGON2_HASH_BYTES, ARGON2_PARALLELISM,
                        ARGON2_MEMORY_KIB, ARGON2_ITERATIONS),
                "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }
}
