package nl.kopgroep.organisation;

/** Something an administrator should look at. {@code subject} is a name, shown as is. */
public record AttentionItem(Kind kind, String subject) {

    public enum Kind {
        PARTICIPANT_WITHOUT_COHORT,
        PARTICIPANT_WITHOUT_COACH,
        COHORT_WITHOUT_COACH,
        INVITATION_PENDING;

        public String messageKey() {
            return "attention." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
