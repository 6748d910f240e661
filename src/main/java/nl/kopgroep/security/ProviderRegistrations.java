package nl.kopgroep.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security's client registrations, one per municipality with an enabled provider, built from its stored
 * configuration ({@link IdentityProviders}) and its discovery document: authorization code with PKCE, the
 * configured client secret, scopes {@code openid profile email} and {@code offline_access} when the provider offers
 * it (for a refresh token). The registration id is the municipality's code.
 * <p>
 * Every lookup reads the configuration (one indexed query), so a change saved on any node counts at once; the
 * discovery document is fetched again after {@link #REDISCOVER_AFTER} or when the configuration changed, with short
 * time-outs. A provider that cannot be reached gives no registration (the sign-in fails with a clear message) and
 * is asked again after {@link #RETRY_AFTER}.
 */
@Component
class ProviderRegistrations implements ClientRegistrationRepository {

    static final Duration REDISCOVER_AFTER = Duration.ofHours(1);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";
    private static final int MAX_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ProviderRegistrations.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Cached(ProviderSettings settings, @Nullable ClientRegistration registration, Instant fetchedAt) {
    }

    private final IdentityProviders providers;
    private final SecretCipher cipher;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ProviderRegistrations(IdentityProviders providers, SecretCipher cipher, Clock clock) {
        this.providers = providers;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return settingsAndRegistration(registrationId).map(Cached::registration).orElse(null);
    }

    /** The provider's configuration as it is now, if it is enabled. */
    Optional<ProviderSettings> settings(String registrationId) {
        return providers.byRegistrationId(registrationId);
    }

    private Optional<Cached> settingsAndRegistration(String registrationId) {
        Optional<ProviderSettings> current = providers.byRegistrationId(registrationId);
        if (current.isEmpty()) {
            cache.remove(registrationId);
            return Optional.empty();
        }
        ProviderSettings settings = current.get();
        Instant now = clock.instant();
        Cached cached = cache.get(registrationId);
        if (cached != null && cached.settings().equals(settings) && fresh(cached, now)) {
            return Optional.of(cached);
        }
        Cached built = new Cached(settings, build(settings), now);
        cache.put(registrationId, built);
        return Optional.of(built);
    }

    private static boolean fresh(Cached cached, Instant now) {
        Duration age = Duration.between(cached.fetchedAt(), now);
        return cached.registration() != null ? age.compareTo(REDISCOVER_AFTER) < 0 : age.compareTo(RETRY_AFTER) < 0;
    }

    private @Nullable ClientRegistration build(ProviderSettings settings) {
        try {
            Map<String, Object> metadata = discover(settings.issuer());
            Set<String> scopes = new LinkedHashSet<>(List.of("openid", "profile", "email"));
            if (metadata.get("scopes_supported") instanceof List<?> supported && supported.contains("offline_access")) {
                scopes.add("offline_access");
            }
            return ClientRegistrations.fromOidcConfiguration(metadata)
                    .registrationId(settings.registrationId())
                    .clientName(settings.municipalityName())
                    .clientId(settings.clientId())
                    .clientSecret(secret(settings))
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(REDIRECT_URI)
                    .scope(scopes)
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
        } catch (DiscoveryException | IllegalArgumentException e) {
            log.warn("Identity provider of {} not usable: {}", settings.registrationId(), e.getMessage());
            return null;
        }
    }

    /**
     * The client secret in plain text. One that cannot be opened (the key was changed or removed) must not turn the
     * provider off — its domain would fall back to passwords — so the sign-in goes on and the provider refuses the
     * token request (audited as a failed sign-in), with this error in the log.
     */
    private String secret(ProviderSettings settings) {
        try {
            return cipher.open(settings.sealedSecret());
        } catch (RuntimeException e) {
            log.error("Client secret of the identity provider of {} cannot be opened: {}", settings.registrationId(), e.getMessage());
            return "";
        }
    }

    /** The discovery document, which must name exactly the configured issuer (OpenID Connect Discovery 1.0, §4.3). */
    private Map<String, Object> discover(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        URI document = URI.create(base + "/.well-known/openid-configuration");
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(document).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new DiscoveryException(document + " answered " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new DiscoveryException(document + " is larger than " + MAX_BYTES + " bytes");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> metadata = JSON.readValue(bytes, Map.class);
                if (metadata == null || !issuer.equals(metadata.get("issuer"))) {
                    throw new DiscoveryException(document + " names another issuer: " + (metadata == null ? null : metadata.get("issuer")));
                }
                return metadata;
            }
        } catch (IOException | JacksonException e) {
            throw new DiscoveryException(document + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryException(document + ": interrupted");
        }
    }

    private static final class DiscoveryException extends RuntimeException {
        DiscoveryException(String message) {
            super(message);
        }
    }
}
