package nl.kopgroep.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.knowledge.KnowledgeNavigation;
import nl.kopgroep.knowledge.PracticeStatus;
import nl.kopgroep.knowledge.PracticeSummary;
import nl.kopgroep.knowledge.PracticeTags;

/** A list of practices as cards: title as a link, where it comes from, the start of what was learnt, its tags. */
final class PracticeCards {

    private PracticeCards() {
    }

    static UnorderedList of(Component page, List<PracticeSummary> practices, DateTimeFormats formats,
                            Map<String, String> competencyNames) {
        UnorderedList list = new UnorderedList();
        list.addClassName("practice-list");
        for (PracticeSummary practice : practices) {
            ListItem item = new ListItem();
            item.addClassName("practice-card");
            H3 title = new H3(new Anchor(KnowledgeNavigation.practice(practice.id()), practice.title()));
            Paragraph meta = new Paragraph(meta(page, practice, formats));
            meta.addClassName("practice-meta");
            Paragraph excerpt = new Paragraph(practice.excerpt().length() < 240 ? practice.excerpt()
                    : practice.excerpt() + "…");
            item.add(title, meta, excerpt);
            String tags = tags(page, practice.tags(), competencyNames);
            if (!tags.isEmpty()) {
                Div tagLine = new Div(page.getTranslation("knowledge.tags", tags));
                tagLine.addClassName("practice-tags");
                item.add(tagLine);
            }
            list.add(item);
        }
        return list;
    }

    static String meta(Component page, PracticeSummary practice, DateTimeFormats formats) {
        List<String> parts = new ArrayList<>();
        parts.add(practice.municipality());
        parts.add(practice.authorName().isEmpty() ? page.getTranslation("knowledge.formerParticipant") : practice.authorName());
        parts.add(formats.date(practice.publishedAt()));
        parts.add(page.getTranslation(practice.sharing().labelKey()));
        if (practice.usedCount() > 0) {
            parts.add(page.getTranslation("knowledge.usedCount", practice.usedCount()));
        }
        if (practice.status() == PracticeStatus.WITHDRAWN) {
            parts.add(page.getTranslation("knowledge.withdrawn"));
        }
        return String.join(" · ", parts);
    }

    static String tags(Component page, PracticeTags tags, Map<String, String> competencyNames) {
        List<String> parts = new ArrayList<>(tags.themes());
        tags.roles().forEach(role -> parts.add(page.getTranslation(role.labelKey())));
        tags.competencies().forEach(code -> parts.add(competencyNames.getOrDefault(code, code)));
        tags.partners().forEach(parts::add);
        return String.join(", ", parts);
    }
}
