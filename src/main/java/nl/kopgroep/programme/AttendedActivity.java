package nl.kopgroep.programme;

import java.time.Instant;

/**
 * Something a participant took part in that counts towards their way through the programme, from a feature further
 * up the chain (issue 15: a session they attended).
 *
 * @param kindKey the i18n key of what kind of activity it was
 * @param link    where the participant reads more (an address of the feature that owns it)
 */
public record AttendedActivity(String kindKey, String title, Instant at, String link) {
}
