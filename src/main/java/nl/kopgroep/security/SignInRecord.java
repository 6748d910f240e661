package nl.kopgroep.security;

import java.time.Instant;

/** One successful sign-in: when, from which address, on what (e.g. "Firefox, Windows"). */
public record SignInRecord(Instant at, String clientAddress, String device) implements java.io.Serializable {
}
