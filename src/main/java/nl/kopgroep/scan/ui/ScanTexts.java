package nl.kopgroep.scan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.journal.JournalNavigation;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.scan.EvidenceChoice;
import nl.kopgroep.scan.EvidenceKind;
import nl.kopgroep.scan.RoundStatus;
import nl.kopgroep.scan.ScanRound;
import nl.kopgroep.scan.Scorer;
import org.jspecify.annotations.Nullable;

/** How the scan's facts read on every page: a round's status, a piece of evidence and its link. */
final class ScanTexts {

    private ScanTexts() {
    }

    static String status(Component on, ScanRound round, Scorer me) {
        String status = on.getTranslation(round.status() == RoundStatus.SUBMITTED
                ? "scan.status.SUBMITTED." + me.name() : "scan.status." + round.status().name());
        return round.overdue() ? on.getTranslation("scan.statusOverdue", status) : status;
    }

    static String evidenceLabel(Component on, EvidenceChoice evidence, DateTimeFormats formats) {
        if (evidence.kind() == EvidenceKind.CHECK_IN && evidence.at() != null) {
            return on.getTranslation("scan.evidence.CHECK_IN", evidence.title(), formats.date(evidence.at()));
        }
        return on.getTranslation("scan.evidence." + evidence.kind().name(), evidence.title());
    }

    /**
     * The evidence as a link where the reader may follow it; an item the reader may not see (or that is gone) shows
     * only that there is evidence, without its title.
     */
    static Component evidence(Component on, EvidenceChoice evidence, Scorer reader, DateTimeFormats formats,
                              Function<EvidenceChoice, @Nullable String> links) {
        if (evidence.hidden()) {
            return new Span(on.getTranslation(reader == Scorer.COACH ? "scan.evidence.hidden" : "scan.evidence.gone"));
        }
        String link = links.apply(evidence);
        String label = evidenceLabel(on, evidence, formats);
        return link == null ? new Span(label) : new Anchor(link, label);
    }

    /** Entries open on their own page; goals and check-ins on the goals page of whoever reads them. */
    static Function<EvidenceChoice, @Nullable String> links(String goalsPage) {
        return evidence -> evidence.kind() == EvidenceKind.JOURNAL_ENTRY
                ? JournalNavigation.entry(new ReflectionId(evidence.id())) : goalsPage;
    }
}
