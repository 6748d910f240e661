package nl.kopgroep.security;

/** What a person does in the programme; one person may hold several roles. */
public enum Role {
    PARTICIPANT, COACH, MANAGER, ADMIN;

    /** The role names as compile-time constants, for access annotations. */
    public static final class Names {
        public static final String PARTICIPANT = "PARTICIPANT";
        public static final String COACH = "COACH";
        public static final String MANAGER = "MANAGER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    /** The roles in their natural order (participant first), for display. */
    public static java.util.List<Role> ordered(java.util.Collection<Role> roles) {
        return java.util.Arrays.stream(values()).filter(roles::contains).toList();
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** i18n key of the role's Dutch/English name. */
    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
