package nl.kopgroep.scan;

/** Who gave a score: the participant about themselves, or their coach. */
public enum Scorer {
    SELF, COACH
}
