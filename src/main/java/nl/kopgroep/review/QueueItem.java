package nl.kopgroep.review;

import nl.kopgroep.journal.EntrySummary;

/** A shared entry awaiting the coach's feedback, and how many days it has waited. */
public record QueueItem(EntrySummary entry, long waitingDays) {
}
