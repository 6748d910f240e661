package nl.kopgroep.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Verbinding testen": fetches {@code <issuer>/.well-known/openid-configuration} (OpenID Connect Discovery 1.0, §4)
 * with short time-outs and no redirects, and checks that the document names exactly this issuer and the
 * authorization, token and JWKS endpoints. Only the verdict leaves this class, never the fetched text.
 */
@Component
class ProviderDiscovery {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_BYTES = 256 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ENDPOINTS = List.of("authorization_endpoint", "token_endpoint", "jwks_uri");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** {@code issuer} as validated by the service (absolute, https or http on this machine). */
    ConnectionVerdict check(String issuer) {
        URI document = URI.create(stripSlash(issuer) + "/.well-known/openid-configuration");
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(document).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return ConnectionVerdict.bad("identityProvider.test.timeout", document.toString(), String.valueOf(TIMEOUT.toSeconds()));
        } catch (SSLException e) {
            return ConnectionVerdict.bad("identityProvider.test.tls", document.getHost());
        } catch (IOException e) {
            return ConnectionVerdict.bad("identityProvider.test.unreachable", document.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConnectionVerdict.bad("identityProvider.test.unreachable", document.toString());
        }
        JsonNode json;
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                return ConnectionVerdict.bad("identityProvider.test.status", document.toString(), String.valueOf(response.statusCode()));
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return ConnectionVerdict.bad("identityProvider.test.notJson", document.toString());
            }
            json = JSON.readTree(bytes);
        } catch (IOException | JacksonException e) {
            return ConnectionVerdict.bad("identityProvider.test.notJson", document.toString());
        }
        if (json == null || !json.isObject()) {
            return ConnectionVerdict.bad("identityProvider.test.notJson", document.toString());
        }
        JsonNode named = json.get("issuer");
        String namedIssuer = named != null && named.isString() ? named.asString() : "";
        if (!namedIssuer.equals(issuer)) {
            return ConnectionVerdict.bad("identityProvider.test.issuerMismatch", issuer, namedIssuer.isEmpty() ? "—" : namedIssuer);
        }
        List<String> missing = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            JsonNode value = json.get(endpoint);
            if (value == null || !value.isString() || !value.asString().startsWith("http")) {
                missing.add(endpoint);
            }
        }
        if (!missing.isEmpty()) {
            return ConnectionVerdict.bad("identityProvider.test.missing", String.join(", ", missing));
        }
        return ConnectionVerdict.good("identityProvider.test.ok", issuer);
    }

    static String stripSlash(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
