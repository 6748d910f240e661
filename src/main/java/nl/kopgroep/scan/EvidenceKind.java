package nl.kopgroep.scan;

/** What a participant may point at as evidence for a score: something of their own. */
public enum EvidenceKind {
    JOURNAL_ENTRY, GOAL, CHECK_IN
}
