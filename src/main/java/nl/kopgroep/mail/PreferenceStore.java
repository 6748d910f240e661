package nl.kopgroep.mail;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's chosen frequency per topic; a topic without a row has its default. */
@Repository
class PreferenceStore {

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MailFrequency frequency(UserId user, MailTopic topic) {
        if (!topic.optional()) {
            return topic.defaultFrequency();
        }
        return jdbc.sql("SELECT frequency FROM mail_preference WHERE user_id = ? AND topic = ?")
                .param(user.value()).param(topic.name()).query(String.class).optional()
                .map(MailFrequency::valueOf).filter(topic::allows).orElse(topic.defaultFrequency());
    }

    Map<MailTopic, MailFrequency> all(UserId user) {
        Map<MailTopic, MailFrequency> chosen = new EnumMap<>(MailTopic.class);
        for (MailTopic topic : MailTopic.values()) {
            chosen.put(topic, topic.defaultFrequency());
        }
        jdbc.sql("SELECT topic, frequency FROM mail_preference WHERE user_id = ?").param(user.value())
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().forEach(row -> {
                    try {
                        MailTopic topic = MailTopic.valueOf(row.getKey());
                        MailFrequency frequency = MailFrequency.valueOf(row.getValue());
                        if (topic.optional() && topic.allows(frequency)) {
                            chosen.put(topic, frequency);
                        }
                    } catch (IllegalArgumentException retiredName) {
                        // A topic or frequency an older version knew: the default applies.
                    }
                });
        return chosen;
    }

    void set(UserId user, MailTopic topic, MailFrequency frequency, Instant now) {
        if (!topic.allows(frequency)) {
            throw new IllegalArgumentException(topic + " cannot be " + frequency);
        }
        jdbc.sql("""
                        INSERT INTO mail_preference (user_id, topic, frequency, changed_at) VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE frequency = VALUES(frequency), changed_at = VALUES(changed_at)""")
                .param(user.value()).param(topic.name()).param(frequency.name()).param(DbTime.utc(now)).update();
    }
}
