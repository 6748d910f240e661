package nl.kopgroep.knowledge;

/** A practice is published until its author withdraws it; a withdrawn one is gone for everyone else. */
public enum PracticeStatus {
    PUBLISHED, WITHDRAWN
}
