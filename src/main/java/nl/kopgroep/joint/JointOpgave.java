package nl.kopgroep.joint;

import org.jspecify.annotations.Nullable;

/** A shared opgave of a joint programme: what the municipalities work on together. */
public record JointOpgave(long id, String title, @Nullable String description) {
}
