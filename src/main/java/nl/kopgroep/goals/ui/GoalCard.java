package nl.kopgroep.goals.ui;

import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import nl.kopgroep.goals.CheckInRecord;
import nl.kopgroep.goals.GoalComment;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalConversationService;
import nl.kopgroep.goals.GoalHistoryService;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalView;

/**
 * One goal: its links, key results, check-ins, evaluation history and the conversation with the
 * coach. The owner also gets the buttons to check in, add key results and adjust; management reads
 * a work goal with its check-ins open and without the conversation.
 */
class GoalCard extends Section {

    /** Who reads the card: the owner changes the goal; owner and coach talk about it; management only reads. */
    enum Reader {
        OWNER,
        COACH,
        MANAGEMENT
    }

    private final DateTimeFormats formats;

    GoalCard(GoalView goal, Map<String, String> commitmentTitles, GoalCardServices services, DateTimeFormats formats, Reader reader,
             Runnable changed) {
        this(goal, commitmentTitles, services, formats, reader, changed, null);
    }

    /** With the goal's comments already read for the whole page ({@code comments}; null: the card reads them). */
    GoalCard(GoalView goal, Map<String, String> commitmentTitles, GoalCardServices services, DateTimeFormats formats, Reader reader,
             Runnable changed, @org.jspecify.annotations.Nullable List<GoalComment> comments) {
        this.formats = formats;
        GoalService goals = services.own();
        boolean owner = reader == Reader.OWNER && goals != null;
        addClassNames("home-section", "goal-card");
        Span status = new Span(getTranslation("goalStatus." + goal.status().name()));
        status.addClassNames("status-badge", "goal-status-" + goal.status().name().toLowerCase(java.util.Locale.ROOT));
        add(new H2(goal.title()), new Paragraph(new Span(getTranslation("goalKind." + goal.kind().name()) + " · "), status));
        Span roles = RoleTags.badges(this, goal.roles());
        if (roles != null) {
            add(new Paragraph(roles));
        }
        if (goal.description() != null) {
            add(new Paragraph(goal.description()));
        }
        if (goal.kind() == GoalKind.WORK) {
            UnorderedList commitments = new UnorderedList();
            goal.commitments().forEach(code -> commitments.add(new ListItem(code + " "
                    + commitmentTitles.getOrDefault(code, getTranslation("goals.commitmentGone")))));
            add(new Paragraph(getTranslation("goals.commitments")), commitments);
            if (!goal.relinkNeeded().isEmpty()) {
                Paragraph relink = new Paragraph(getTranslation("goals.relink", String.join(", ", goal.relinkNeeded())));
                relink.addClassName("form-error");
                add(relink);
                if (owner) {
                    add(new Button(getTranslation("goals.relinkAction"),
                            click -> new RelinkDialog(goals, goal, commitmentTitles, changed).open()));
                }
            }
        } else {
            add(new Paragraph(getTranslation("goals.competencies", String.join(", ", goal.competencies()))));
        }
        UnorderedList results = new UnorderedList();
        for (GoalView.KeyResult result : goal.keyResults()) {
            String progress = result.target() == null
                    ? getTranslation(Boolean.TRUE.equals(result.done()) ? "goals.krDone" : "goals.krNotDone")
                    : getTranslation("goals.krProgress", GoalsView.number(result.baseline()),
                    GoalsView.number(result.current()), GoalsView.number(result.target()),
                    result.unit() == null ? "" : result.unit());
            results.add(new ListItem(result.title() + ": " + progress + (result.status() == null ? ""
                    : " · " + getTranslation("goalStatus." + result.status().name()))));
        }
        add(new Paragraph(getTranslation("goals.keyResults")), results);
        if (goal.lastCheckIn() != null) {
            add(new Paragraph(getTranslation("goals.lastCheckIn", formats.date(goal.lastCheckIn()))));
        }
        if (goal.lastCheckIn() != null) {
            Details history = history(goal, services.history());
            add(history);
            history.setOpened(reader == Reader.MANAGEMENT);
        }
        if (!goal.adjustments().isEmpty()) {
            UnorderedList history = new UnorderedList();
            history.addClassName("goal-adjustments");
            goal.adjustments().forEach(a -> history.add(new ListItem(getTranslation("goals.adjusted",
                    formats.date(a.adjustedAt()), getTranslation("goals.field." + a.field())
                            + (a.keyResultTitle() == null ? "" : " (" + a.keyResultTitle() + ")"),
                    a.originalValue() == null ? "–" : a.originalValue(), a.newValue() == null ? "–" : a.newValue(),
                    a.rationale()))));
            add(new Paragraph(getTranslation("goals.adjustments")), history);
        }
        if (owner) {
            Button checkIn = new Button(getTranslation("goals.checkIn"),
                    click -> new CheckInDialog(goals, goal, changed).open());
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button keyResult = new Button(getTranslation("goals.addKeyResult"),
                    click -> new KeyResultDialog(goals, goal.id(), changed).open());
            Button adjust = new Button(getTranslation("goals.adjust"),
                    click -> new AdjustDialog(goals, goal, changed).open());
            Button tag = new Button(getTranslation("goals.tagRoles"),
                    click -> new RolesDialog(goals, goal, changed).open());
            HorizontalLayout actions = new HorizontalLayout(checkIn, keyResult, adjust, tag);
            actions.setWrap(true);
            add(actions);
        }
        GoalConversationService conversation = services.conversation();
        if (reader != Reader.MANAGEMENT && conversation != null) {
            add(conversation(goal, conversation, owner, comments));
        }
    }

    /** The check-ins, read only when opened: a page of goals should not load every history. */
    private Details history(GoalView goal, GoalHistoryService goals) {
        UnorderedList list = new UnorderedList();
        list.addClassName("check-in-history");
        Details details = new Details(getTranslation("goals.history"), list);
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && list.getChildren().findAny().isEmpty()) {
                for (CheckInRecord record : goals.history(goal.id())) {
                    ListItem item = new ListItem(new Paragraph(getTranslation("goals.historyLine", formats.date(record.at()),
                            getTranslation("goalStatus." + record.status().name()), record.confidence())));
                    Span roles = RoleTags.badges(this, record.roles());
                    if (roles != null) {
                        item.add(new Paragraph(roles));
                    }
                    for (CheckInRecord.Value value : record.values()) {
                        String shown = value.done() != null && value.value() == null
                                ? getTranslation(value.done() ? "goals.krDone" : "goals.krNotDone")
                                : GoalsView.number(value.value()) + (value.unit() == null ? "" : " " + value.unit());
                        item.add(new Paragraph(value.keyResult() + ": " + shown + (value.status() == null ? ""
                                : " · " + getTranslation("goalStatus." + value.status().name()))));
                    }
                    if (record.explanation() != null) {
                        item.add(new Paragraph(getTranslation("goals.historyExplanation", record.explanation())));
                    }
                    if (record.evidence() != null && !record.evidence().isBlank()) {
                        item.add(new Paragraph(getTranslation("goals.historyEvidence", record.evidence())));
                    }
                    list.add(item);
                }
            }
        });
        return details;
    }

    private Section conversation(GoalView goal, GoalConversationService goals, boolean owner,
                                 @org.jspecify.annotations.Nullable List<GoalComment> comments) {
        Section section = new Section();
        section.addClassName("goal-comments");
        fill(section, goal, goals, owner, comments == null ? goals.comments(goal.id()) : comments);
        return section;
    }

    private void fill(Section section, GoalView goal, GoalConversationService goals, boolean owner, List<GoalComment> comments) {
        section.removeAll();
        UnorderedList list = new UnorderedList();
        for (GoalComment comment : comments) {
            list.add(new ListItem(getTranslation("journal.threadLine",
                    comment.writerName().isEmpty() ? getTranslation("privacy.erasedAccount") : comment.writerName(), formats.dateTime(comment.createdAt()))
                    + ": " + comment.body()));
        }
        TextArea text = new TextArea(getTranslation(owner ? "goals.answer" : "goals.coachComment"));
        text.setWidthFull();
        FormError error = new FormError();
        Button send = new Button(getTranslation("goals.sendComment"), click -> {
            if (error.attempt(() -> goals.comment(goal.id(), text.getValue()))) {
                fill(section, goal, goals, owner, goals.comments(goal.id()));
            }
        });
        section.add(new Paragraph(getTranslation("goals.conversation")), list, error, text, send);
    }
}
