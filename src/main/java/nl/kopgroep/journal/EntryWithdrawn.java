package nl.kopgroep.journal;

/**
 * Published when an entry that others could read is taken back: deleted, or made private. Whatever
 * pointed others at it (notifications) goes with it, in the same transaction.
 */
public record EntryWithdrawn(ReflectionId entry) {
}
