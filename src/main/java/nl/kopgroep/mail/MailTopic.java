package nl.kopgroep.mail;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kopgroep.security.Role;

/**
 * What a mail is about, the unit of a person's preferences and of an unsubscribe link. Account mails
 * (invitation, password links, a second-factor reset) always go at once and cannot be switched off: they are
 * how a person gets into their account and learns that someone changed it.
 */
public enum MailTopic {
    ACCOUNT(Set.of(), MailFrequency.IMMEDIATE, EnumSet.of(MailFrequency.IMMEDIATE)),
    NEW_DEVICE_SIGN_IN(Set.of(Role.PARTICIPANT, Role.COACH, Role.MANAGER, Role.ADMIN), MailFrequency.IMMEDIATE,
            EnumSet.of(MailFrequency.IMMEDIATE, MailFrequency.NONE)),
    REFLECTIONS_WAITING(Set.of(Role.COACH)),
    FEEDBACK(Set.of(Role.PARTICIPANT)),
    CHECK_IN_DUE(Set.of(Role.PARTICIPANT)),
    MODULE_OPENS(Set.of(Role.PARTICIPANT)),
    EVALUATION_DUE(Set.of(Role.PARTICIPANT)),
    LESSONS_BEHIND(Set.of(Role.PARTICIPANT)),
    DASHBOARD_UPDATE(Set.of(Role.MANAGER)),
    PLANNING_MOMENTS(Set.of(Role.MANAGER)),
    /** Issue 15: a session one signed up for changed or was cancelled, a seat came free, a team invitation, a harvest. */
    SESSIONS(Set.of(Role.PARTICIPANT));

    private final Set<Role> roles;
    private final MailFrequency defaultFrequency;
    private final Set<MailFrequency> choices;

    MailTopic(Set<Role> roles) {
        this(roles, MailFrequency.DAILY, EnumSet.allOf(MailFrequency.class));
    }

    MailTopic(Set<Role> roles, MailFrequency defaultFrequency, Set<MailFrequency> choices) {
        this.roles = roles;
        this.defaultFrequency = defaultFrequency;
        this.choices = choices;
    }

    /** Whether a person may change how often they get it (and unsubscribe from it). */
    public boolean optional() {
        return choices.size() > 1;
    }

    public MailFrequency defaultFrequency() {
        return defaultFrequency;
    }

    /** The frequencies a person may choose, in the order the settings page shows them. */
    public List<MailFrequency> choices() {
        return List.copyOf(EnumSet.copyOf(choices));
    }

    public boolean allows(MailFrequency frequency) {
        return choices.contains(frequency);
    }

    /** Whether someone with these roles gets mail of this topic at all (and sees it on the settings page). */
    public boolean concerns(Set<Role> held) {
        return roles.stream().anyMatch(held::contains);
    }

    public String labelKey() {
        return "mail.topic." + name().toLowerCase(Locale.ROOT);
    }

    public String descriptionKey() {
        return "mail.topic." + name().toLowerCase(Locale.ROOT) + ".description";
    }
}
