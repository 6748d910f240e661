package nl.kopgroep.security;

import java.time.Clock;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Append-only record of security-relevant events (sign-ins, account and role changes). Called by
 * services after they have authorised the action; holds ids and e-mail addresses, never content.
 */
@Component
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;

    /** The length of the column audit_event.target: a longer text is cut, never refused. */
    static final int MAX_TARGET = 300;

    AuditLog(JdbcClient jdbc, Clock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Records an action of the signed-in user. */
    public void record(String action, String target) {
        KopgroepUser actor = currentUser.get().orElse(null);
        if (actor == null) {
            record(null, null, "system", action, target);
        } else {
            record(actor.organisationId(), actor.id(), actor.email(), action, target);
        }
    }

    /** Records an action of the signed-in user about a person (an account, a coachee), in that person's municipality. */
    public void recordAbout(UserId subject, OrganisationId subjectOrganisation, String action, String target) {
        KopgroepUser actor = currentUser.get().orElse(null);
        insert(actor == null ? null : actor.organisationId(), actor == null ? null : actor.id(),
                actor == null ? "system" : actor.email(), action, target, subject, subjectOrganisation);
    }

    /** Records what a person did about their own account (signing in, accepting an invitation). */
    public void record(@Nullable OrganisationId organisation, @Nullable UserId actorId, String actor, String action,
                       String target) {
        insert(organisation, actorId, actor, action, target, actorId, actorId == null ? null : organisation);
    }

    /**
     * Records what someone who is not signed in asked about an account (e.g. "wachtwoord vergeten"): the actor
     * is anonymous, the account is the subject (or none, when the request named no account).
     */
    public void recordAnonymous(@Nullable UserId subject, @Nullable OrganisationId subjectOrganisation, String action,
                                String target) {
        insert(null, null, "anonymous", action, target, subject, subject == null ? null : subjectOrganisation);
    }

    /** How often {@code action} was recorded about a person since {@code since} (for limits on repeated refusals). */
    public int countAbout(UserId subject, String action, java.time.Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = ? AND occurred_at >= ?")
                .params(subject.value(), action, DbTime.utc(since)).query(Integer.class).single();
    }

    private void insert(@Nullable OrganisationId organisation, @Nullable UserId actorId, String actor, String action,
                        String target, @Nullable UserId subject, @Nullable OrganisationId subjectOrganisation) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, organisation_id, actor_id, actor, action, target, subject_id, "
                        + "subject_organisation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(DbTime.utc(clock.instant()),
                        organisation == null ? null : organisation.value(),
                        actorId == null ? null : actorId.value(), actor, action,
                        target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target,
                        subject == null ? null : subject.value(),
                        subjectOrganisation == null ? null : subjectOrganisation.value())
                .update();
        log.info("audit {} by {} on {}", action, actorId == null ? actor : actorId, target);
    }
}
