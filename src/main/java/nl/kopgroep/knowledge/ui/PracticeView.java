package nl.kopgroep.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.base.ui.LimitedUploadHandler;
import nl.kopgroep.knowledge.AttachmentContent;
import nl.kopgroep.knowledge.KnowledgeNavigation;
import nl.kopgroep.knowledge.KnowledgeService;
import nl.kopgroep.knowledge.PeerAssistService;
import nl.kopgroep.knowledge.PeerAssistStatus;
import nl.kopgroep.knowledge.Practice;
import nl.kopgroep.knowledge.PracticeService;
import nl.kopgroep.knowledge.PracticeStatus;
import nl.kopgroep.knowledge.PracticeSummary;
import nl.kopgroep.knowledge.Sharing;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/**
 * One practice: the four questions of the After Action Review, tags and attachments, "dit heb ik gebruikt",
 * reactions, a peer-assist request to its author, similar practices; for its author also sharing, withdrawing,
 * editing and attachments. A practice I may not read is not found.
 */
@Route("kennisbank/praktijk/:id([0-9]+)")
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.COACH})
class PracticeView extends Main implements BeforeEnterObserver, HasDynamicTitle, KnowledgeNavigation.PracticeRoute {

    private final KnowledgeService knowledge;
    private final PracticeService practices;
    private final PeerAssistService peerAssist;
    private final DateTimeFormats formats;
    private final boolean participant;
    private final FormError error = new FormError();
    private String title = "";
    private long id;

    PracticeView(KnowledgeService knowledge, PracticeService practices, PeerAssistService peerAssist,
                 DateTimeFormats formats, CurrentUser currentUser) {
        this.knowledge = knowledge;
        this.practices = practices;
        this.peerAssist = peerAssist;
        this.formats = formats;
        this.participant = currentUser.hasRole(Role.PARTICIPANT);
        addClassNames("page", "practice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var practice = KnowledgeNavigation.id(event.getRouteParameters());
        if (practice.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        id = practice.get();
        try {
            show();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show() {
        Practice practice = knowledge.practice(id);
        title = practice.title();
        removeAll();
        Map<String, String> competencyNames = knowledge.filters().competencies();
        PracticeSummary summary = new PracticeSummary(practice.id(), practice.title(), practice.authorName(),
                practice.municipality(), practice.sharing(), practice.status(), practice.publishedAt(),
                practice.usedCount(), "", practice.tags());
        Paragraph meta = new Paragraph(PracticeCards.meta(this, summary, formats));
        meta.addClassName("practice-meta");
        add(new Anchor(KnowledgeNavigation.search(), getTranslation("knowledge.backToSearch")),
                new H1(practice.title()), meta, error);
        section("knowledge.intention", practice.intention());
        section("knowledge.happened", practice.happened());
        section("knowledge.difference", practice.difference());
        section("knowledge.lessons", practice.lessons());
        String tags = PracticeCards.tags(this, practice.tags(), competencyNames);
        if (!tags.isEmpty()) {
            add(new Paragraph(getTranslation("knowledge.tags", tags)));
        }
        attachments(practice);
        if (practice.mine()) {
            authorTools(practice);
        } else if (practice.status() == PracticeStatus.PUBLISHED) {
            used(practice);
            if (participant) {
                peerAssistSection(practice);
            }
        }
        reactions(practice);
        similar(competencyNames);
    }

    private void section(String heading, String text) {
        Section section = new Section(new H2(getTranslation(heading)));
        for (String paragraph : text.split("\\n\\s*\\n")) {
            Paragraph p = new Paragraph(paragraph.strip());
            p.addClassName("practice-text");
            section.add(p);
        }
        section.addClassName("practice-section");
        add(section);
    }

    private void attachments(Practice practice) {
        if (practice.attachments().isEmpty() && !practice.mine()) {
            return;
        }
        Section section = new Section(new H2(getTranslation("knowledge.attachments")));
        UnorderedList list = new UnorderedList();
        for (Practice.Attachment attachment : practice.attachments()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                AttachmentContent file = knowledge.attachment(practice.id(), attachment.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            }), getTranslation("knowledge.attachment.label", attachment.fileName(), kilobytes(attachment.size())));
            download.setDownload(true);
            ListItem item = new ListItem(download);
            if (practice.mine()) {
                Button remove = new Button(getTranslation("knowledge.attachment.remove"), click -> attempt(() ->
                        practices.removeAttachment(practice.id(), attachment.id())));
                remove.setAriaLabel(getTranslation("knowledge.attachment.removeNamed", attachment.fileName()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                item.add(new Span(" "), remove);
            }
            list.add(item);
        }
        section.add(list);
        if (practice.mine() && practice.status() == PracticeStatus.PUBLISHED) {
            Upload upload = new Upload(new LimitedUploadHandler(5 * 1024 * 1024,
                    (name, content) -> attempt(() -> practices.addAttachment(practice.id(), name, content)),
                    name -> error.setText(getTranslation("knowledge.attachment.tooLarge", 5))));
            upload.setMaxFiles(1);
            upload.setUploadButton(new Button(getTranslation("knowledge.attachment.add")));
            section.add(new Paragraph(getTranslation("knowledge.attachment.help")), upload);
        }
        add(section);
    }

    private void authorTools(Practice practice) {
        Section section = new Section(new H2(getTranslation("knowledge.author.title")));
        Select<Sharing> sharing = new Select<>();
        sharing.setLabel(getTranslation("knowledge.sharing"));
        sharing.setItems(Sharing.values());
        sharing.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sharing.setValue(practice.sharing());
        sharing.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                attempt(() -> practices.changeSharing(practice.id(), e.getValue()));
            }
        });
        Button edit = new Button(getTranslation("knowledge.edit"),
                click -> getUI().ifPresent(ui -> ui.navigate(KnowledgeNavigation.edit(practice.id()))));
        Button status = practice.status() == PracticeStatus.PUBLISHED
                ? new Button(getTranslation("knowledge.withdraw"), click -> attempt(() -> practices.withdraw(practice.id())))
                : new Button(getTranslation("knowledge.republish"), click -> attempt(() -> practices.republish(practice.id())));
        HorizontalLayout buttons = new HorizontalLayout(edit, status);
        buttons.setWrap(true);
        section.add(new Paragraph(getTranslation(practice.status() == PracticeStatus.PUBLISHED
                ? "knowledge.author.published" : "knowledge.author.withdrawn")), sharing, buttons);
        add(section);
    }

    private void used(Practice practice) {
        Button used = practice.usedByMe()
                ? new Button(getTranslation("knowledge.used.undo"), click -> attempt(() -> knowledge.unmarkUsed(practice.id())))
                : new Button(getTranslation("knowledge.used.mark"), click -> attempt(() -> knowledge.markUsed(practice.id())));
        used.addClassName("used-button");
        add(new Paragraph(used));
    }

    private void peerAssistSection(Practice practice) {
        if (practice.authorName().isEmpty()) {
            return;
        }
        Section section = new Section(new H2(getTranslation("knowledge.peerAssist.title")));
        if (practice.myPeerAssist().filter(s -> s == PeerAssistStatus.ASKED).isPresent()) {
            section.add(new Paragraph(getTranslation("knowledge.peerAssist.waiting", practice.authorName())));
        } else {
            if (practice.myPeerAssist().isPresent()) {
                section.add(new Paragraph(getTranslation("knowledge.peerAssist.earlier",
                        getTranslation(practice.myPeerAssist().get().labelKey()))));
            }
            TextArea question = new TextArea(getTranslation("knowledge.peerAssist.question"));
            question.setHelperText(getTranslation("knowledge.peerAssist.questionHelp", practice.authorName()));
            question.setMaxLength(PeerAssistService.QUESTION_MAX);
            question.setWidthFull();
            Button ask = SaveButton.saveEach(new Button(getTranslation("knowledge.peerAssist.ask")), () -> attempt(() ->
                    peerAssist.ask(practice.id(), question.getValue())));
            section.add(new Paragraph(getTranslation("knowledge.peerAssist.intro", practice.authorName())), question, ask);
        }
        add(section);
    }

    private void reactions(Practice practice) {
        Section section = new Section(new H2(getTranslation("knowledge.reactions")));
        if (practice.reactions().isEmpty()) {
            section.add(new Paragraph(getTranslation("knowledge.reactions.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("practice-reactions");
            for (Practice.Reaction reaction : practice.reactions()) {
                String who = reaction.authorName().isEmpty() ? getTranslation("knowledge.formerParticipant") : reaction.authorName();
                list.add(new ListItem(new Span(who + " · " + formats.shortDateTime(reaction.writtenAt()) + ": "),
                        new Span(reaction.body())));
            }
            section.add(list);
        }
        if (practice.status() == PracticeStatus.PUBLISHED) {
            TextArea reaction = new TextArea(getTranslation("knowledge.reaction.new"));
            reaction.setMaxLength(KnowledgeService.REACTION_MAX);
            reaction.setWidthFull();
            Button send = SaveButton.saveEach(new Button(getTranslation("knowledge.reaction.send")), () -> {
                String typed = reaction.getValue();
                try {
                    knowledge.react(practice.id(), typed);
                    show();
                } catch (DomainException e) {
                    error.show(e); // the typed reaction stays in its field
                }
            });
            section.add(reaction, send);
        }
        add(section);
    }

    private void similar(Map<String, String> competencyNames) {
        List<PracticeSummary> similar = knowledge.similar(id);
        Section section = new Section(new H2(getTranslation("knowledge.similar")));
        if (similar.isEmpty()) {
            section.add(new Paragraph(getTranslation("knowledge.similar.none")));
        } else {
            section.add(PracticeCards.of(this, similar, formats, competencyNames));
        }
        add(section);
    }

    private void attempt(Runnable action) {
        try {
            action.run();
            show();
        } catch (DomainException e) {
            error.show(e);
        }
    }

    private static long kilobytes(int bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("knowledge.title") : title;
    }
}
