package nl.kopgroep.security;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Spring Security's OAuth 2.0 client parts for the municipalities' providers: the tokens kept in the HTTP session,
 * token requests with short time-outs (a slow provider must not hold a request thread for long), and the refresh
 * that {@link ProviderSessionFilter} asks for.
 */
@Configuration(proxyBeanMethods = false)
class ProviderClientConfiguration {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    RestClientAuthorizationCodeTokenResponseClient authorizationCodeTokenClient() {
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(tokenRestClient());
        return client;
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ProviderRegistrations registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients, Clock clock) {
        RestClientRefreshTokenTokenResponseClient refreshClient = new RestClientRefreshTokenTokenResponseClient();
        refreshClient.setRestClient(tokenRestClient());
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .refreshToken(refresh -> refresh.accessTokenResponseClient(refreshClient)
                        .clockSkew(ProviderSessionFilter.REFRESH_AHEAD).clock(clock))
                .build());
        return manager;
    }

    /**
     * Spring's in-memory registry of provider sessions would grow on every node and only know that node's sessions;
     * a back-channel logout ends sessions through the account's security stamp instead ({@link ProviderBackChannelLogout}).
     */
    static OidcSessionRegistry noSessionRegistry() {
        return new OidcSessionRegistry() {
            @Override
            public void saveSessionInformation(OidcSessionInformation info) {
            }

            @Override
            public OidcSessionInformation removeSessionInformation(String clientSessionId) {
                return null;
            }

            @Override
            public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
                return List.of();
            }
        };
    }

    private static RestClient tokenRestClient() {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(READ_TIMEOUT);
        return RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> {
                    converters.addCustomConverter(new FormHttpMessageConverter());
                    converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
    }
}
