package nl.kopgroep.mail;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe, the address in a mail's {@code List-Unsubscribe} header: a mail program POSTs
 * {@code List-Unsubscribe=One-Click} here, without cookies or a CSRF token (the path is exempt from CSRF in
 * {@code SecurityConfiguration}; the token in the path is the authority). A GET (a person, or a scanner that
 * follows links) changes nothing and is sent to the page that asks first.
 */
@RestController
class OneClickUnsubscribe {

    private final UnsubscribeService unsubscribe;

    OneClickUnsubscribe(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @PostMapping(MailLinks.ONE_CLICK_PATH + "{token}")
    ResponseEntity<String> oneClick(@PathVariable String token,
                                    @RequestParam(name = "List-Unsubscribe", required = false) String value) {
        if (!"One-Click".equals(value)) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("List-Unsubscribe=One-Click expected\n");
        }
        // One answer for a bad link and a good one would tell a guesser nothing; but a mail program needs to know
        // whether it worked, and a token cannot be guessed (HMAC under the person's own key).
        return unsubscribe.unsubscribe(token)
                ? ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Unsubscribed\n")
                : ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Unknown link\n");
    }

    @GetMapping(MailLinks.ONE_CLICK_PATH + "{token}")
    ResponseEntity<Void> page(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", "/" + MailLinks.UNSUBSCRIBE_PAGE + "/" + org.springframework.web.util.UriUtils
                        .encodePathSegment(token, java.nio.charset.StandardCharsets.UTF_8))
                .build();
    }
}
