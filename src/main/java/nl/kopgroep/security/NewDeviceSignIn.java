package nl.kopgroep.security;

import java.time.Instant;
import nl.kopgroep.base.UserId;

/**
 * Published when a sign-in completes (after the password, or after the second factor) from a device description
 * that is not among the account's earlier sign-ins — never at an account's very first sign-in. Security sits
 * below mail, so it only publishes; {@code organisation} mails the person.
 */
public record NewDeviceSignIn(UserId user, String device, Instant at) {
}
