package nl.kopgroep.organisation;

/** Something an administrator should look at. {@code subject} is a name, shown as is. */
public record AttentionItem(Kind kind, String subject) {

    public enum Kind {
        PARTICIPANT_WITHOUT_COHORT,
        PARTICIPANT_WITHOUT_COACH,
        COHORT_WITHOUT_COACH,
        INVITATION_PENDING,
        /** Mail to the person could not be delivered and can still be sent again (Beheer → Niet bezorgde e-mail). */
        UNDELIVERED_MAIL;

        public String messageKey() {
            return "attention." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
