package nl.kopgroep.privacy;

/** What an erasure removes or anonymises of one kind: {@code privacy.erase.kind.<kind>} names it. */
public record ErasureItem(String kind, long count) {
}
