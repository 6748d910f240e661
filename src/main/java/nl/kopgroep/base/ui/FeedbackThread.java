package nl.kopgroep.base.ui;

import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The conversation under a journal entry, as both the author's and the coach's entry page show it:
 * the messages, a field to answer in and a refusal shown in place (the typed answer stays).
 *
 * <p>It lives in the shared kit rather than in {@code journal.ui} because the coach's page is in
 * {@code review.ui} and a feature's ui package is its own. The page hands it a {@link Conversation},
 * so this component knows nothing of journal records or services.
 */
public class FeedbackThread extends Section {

    /** One message as the thread shows it. */
    public record Message(String writerName, Instant at, String body) {
    }

    /** What the page gives the thread: its messages and how to add an answer (which may throw a DomainException). */
    public interface Conversation {
        List<Message> messages();

        void answer(String text);

        static Conversation of(Supplier<List<Message>> messages, Consumer<String> answer) {
            return new Conversation() {
                @Override
                public List<Message> messages() {
                    return messages.get();
                }

                @Override
                public void answer(String text) {
                    answer.accept(text);
                }
            };
        }
    }

    private final Conversation conversation;
    private final DateTimeFormats formats;
    private final Div messages = new Div();
    private final FormError error = new FormError();
    private final TextArea answer = new TextArea();
    private final Div aboveAnswer = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();

    public FeedbackThread(Conversation conversation, DateTimeFormats formats, String answerLabelKey, String sendKey) {
        this.conversation = conversation;
        this.formats = formats;
        addClassNames("home-section", "feedback-thread");
        answer.setLabel(getTranslation(answerLabelKey));
        answer.setWidthFull();
        Button send = SaveButton.saveEach(new Button(getTranslation(sendKey)), () -> {
            if (error.attempt(() -> conversation.answer(answer.getValue()))) {
                answer.clear();
                showMessages();
            }
        });
        actions.add(send);
        add(new H2(getTranslation("journal.thread")), messages, error, aboveAnswer, answer, actions);
        showMessages();
    }

    /** The field the answer is typed in, for pages that help write it (the coach's comment library). */
    public TextArea answerField() {
        return answer;
    }

    /** Where the page's own refusals about the answer are shown, beside the thread's own. */
    public FormError error() {
        return error;
    }

    public void addAboveAnswer(Component... components) {
        aboveAnswer.add(components);
    }

    public void addAction(Component... components) {
        actions.add(components);
    }

    private void showMessages() {
        messages.removeAll();
        List<Message> all = conversation.messages();
        if (all.isEmpty()) {
            messages.add(new Paragraph(getTranslation("journal.threadEmpty")));
        }
        for (Message message : all) {
            Paragraph line = new Paragraph(getTranslation("journal.threadLine",
                    message.writerName().isEmpty() ? getTranslation("privacy.erasedAccount") : message.writerName(),
                    formats.dateTime(message.at())));
            line.addClassName("thread-meta");
            messages.add(line, new Paragraph(message.body()));
        }
    }
}
