package nl.kopgroep.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.knowledge.KnowledgeNavigation;
import nl.kopgroep.knowledge.PeerAssist;
import nl.kopgroep.knowledge.PeerAssistService;
import nl.kopgroep.knowledge.PeerAssistStatus;
import nl.kopgroep.knowledge.PracticeDraft;
import nl.kopgroep.knowledge.PracticeService;
import nl.kopgroep.knowledge.PracticeSummary;
import nl.kopgroep.security.Role;

/** My kennisbank: my practices and unfinished drafts, and the peer-assist requests I received and sent. */
@Route("kennisbank/mijn")
@RolesAllowed(Role.Names.PARTICIPANT)
class MyKnowledgeView extends Main implements HasDynamicTitle, KnowledgeNavigation.MineRoute {

    private final PracticeService practices;
    private final PeerAssistService peerAssist;
    private final DateTimeFormats formats;
    private final FormError error = new FormError();

    MyKnowledgeView(PracticeService practices, PeerAssistService peerAssist, DateTimeFormats formats) {
        this.practices = practices;
        this.peerAssist = peerAssist;
        this.formats = formats;
        addClassNames("page", "my-knowledge-page");
        show();
    }

    private void show() {
        removeAll();
        HorizontalLayout links = new HorizontalLayout(new Anchor(KnowledgeNavigation.search(), getTranslation("knowledge.backToSearch")),
                new Anchor(KnowledgeNavigation.write(), getTranslation("knowledge.write")));
        links.setWrap(true);
        add(new H1(getTranslation("knowledge.mine.title")), links, error);

        List<PeerAssist> requests = peerAssist.myRequests();
        Section incoming = new Section(new H2(getTranslation("knowledge.mine.incoming")));
        addRequests(incoming, requests.stream().filter(PeerAssist::incoming).toList());
        Section outgoing = new Section(new H2(getTranslation("knowledge.mine.outgoing")));
        addRequests(outgoing, requests.stream().filter(r -> !r.incoming()).toList());

        Section mine = new Section(new H2(getTranslation("knowledge.mine.practices")));
        List<PracticeSummary> own = practices.myPractices();
        if (own.isEmpty()) {
            mine.add(new Paragraph(getTranslation("knowledge.mine.noPractices")));
        } else {
            mine.add(PracticeCards.of(this, own, formats, practices.competencyOptions()));
        }
        List<PracticeDraft> drafts = practices.myDrafts();
        if (!drafts.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (PracticeDraft draft : drafts) {
                String name = draft.form().title().isBlank() ? getTranslation("knowledge.mine.untitled") : draft.form().title();
                String link = draft.practice() == null ? KnowledgeNavigation.write() : KnowledgeNavigation.edit(draft.practice());
                list.add(new ListItem(new Anchor(link, name), new com.vaadin.flow.component.html.Span(
                        " · " + formats.savedAt(draft.savedAt()))));
            }
            mine.add(new H3(getTranslation("knowledge.mine.drafts")), list);
        }
        add(incoming, outgoing, mine);
    }

    private void addRequests(Section section, List<PeerAssist> requests) {
        if (requests.isEmpty()) {
            section.add(new Paragraph(getTranslation("knowledge.mine.noRequests")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("peer-assist-list");
        for (PeerAssist request : requests) {
            ListItem item = new ListItem();
            item.addClassName("peer-assist");
            item.add(new H3(new Anchor(KnowledgeNavigation.practice(request.practice()), request.practiceTitle())));
            item.add(new Paragraph(getTranslation(request.incoming() ? "knowledge.mine.from" : "knowledge.mine.to",
                    request.otherName(), request.otherMunicipality(), formats.date(request.askedAt()),
                    getTranslation(request.status().labelKey()))));
            item.add(new Paragraph(request.question()));
            if (request.otherEmail() != null) {
                Paragraph contact = new Paragraph(getTranslation("knowledge.mine.contact", request.otherName()) + " ");
                contact.add(new Anchor("mailto:" + request.otherEmail(), request.otherEmail()));
                contact.addClassName("peer-assist-contact");
                item.add(contact);
            } else if (request.status() == PeerAssistStatus.ASKED && !request.incoming()) {
                item.add(new Paragraph(getTranslation("knowledge.mine.contactAfterAcceptance")));
            }
            if (request.incoming() && request.status() == PeerAssistStatus.ASKED) {
                Button accept = new Button(getTranslation("knowledge.peerAssist.accept"), click -> attempt(() ->
                        peerAssist.accept(request.id())));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                accept.setAriaLabel(getTranslation("knowledge.peerAssist.acceptNamed", request.otherName()));
                Button decline = new Button(getTranslation("knowledge.peerAssist.decline"), click -> attempt(() ->
                        peerAssist.decline(request.id())));
                decline.setAriaLabel(getTranslation("knowledge.peerAssist.declineNamed", request.otherName()));
                item.add(new Paragraph(getTranslation("knowledge.peerAssist.acceptHelp")), new HorizontalLayout(accept, decline));
            }
            list.add(item);
        }
        section.add(list);
    }

    private void attempt(Runnable action) {
        try {
            action.run();
            show();
        } catch (DomainException e) {
            error.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.mine.title");
    }
}
