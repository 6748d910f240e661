package nl.kopgroep.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one mail says, as message keys and arguments — never text a person wrote. Arguments are names,
 * numbers and dates (a {@link java.time.LocalDate} or {@link java.time.Instant} is written in the recipient's
 * language and the installation's time zone). Links are paths inside the app ({@code /coach}); the renderer puts
 * the installation's address in front. Rendered by {@link MailRenderer} into HTML and plain text.
 */
public final class MailContent {

    /** One part of the body, in order. */
    public sealed interface Block permits Heading, Paragraph, Items, Action {
    }

    public record Text(String key, List<Object> arguments) {
        public Text {
            arguments = List.copyOf(arguments);
        }
    }

    public record Paragraph(Text text) implements Block {
    }

    /** A section's heading inside the body (the digest's topics), below the mail's title. */
    public record Heading(Text text) implements Block {
    }

    /** A list; each line may link to its own place in the app. */
    public record Items(List<Item> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    public record Item(Text text, @Nullable String linkPath) {
    }

    /** The mail's main link, shown as a button. */
    public record Action(Text label, String linkPath) implements Block {
    }

    private final Text subject;
    private final List<Block> blocks;
    private final @Nullable Text reason;

    private MailContent(Text subject, List<Block> blocks, @Nullable Text reason) {
        this.subject = subject;
        this.blocks = List.copyOf(blocks);
        this.reason = reason;
    }

    public static Builder subject(String key, Object... arguments) {
        return new Builder(new Text(key, List.of(arguments)));
    }

    public Text subject() {
        return subject;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Why the person gets this mail (the footer's first line), or none. */
    public @Nullable Text reason() {
        return reason;
    }

    public static final class Builder {
        private final Text subject;
        private final List<Block> blocks = new ArrayList<>();
        private @Nullable Text reason;

        private Builder(Text subject) {
            this.subject = subject;
        }

        public Builder paragraph(String key, Object... arguments) {
            blocks.add(new Paragraph(new Text(key, List.of(arguments))));
            return this;
        }

        public Builder heading(String key, Object... arguments) {
            blocks.add(new Heading(new Text(key, List.of(arguments))));
            return this;
        }

        public Builder items(List<Item> items) {
            if (!items.isEmpty()) {
                blocks.add(new Items(items));
            }
            return this;
        }

        public Builder action(String labelKey, String linkPath) {
            blocks.add(new Action(new Text(labelKey, List.of()), checkedPath(linkPath)));
            return this;
        }

        public Builder reason(String key, Object... arguments) {
            this.reason = new Text(key, List.of(arguments));
            return this;
        }

        public MailContent build() {
            return new MailContent(subject, blocks, reason);
        }
    }

    public static Item item(@Nullable String linkPath, String key, Object... arguments) {
        return new Item(new Text(key, List.of(arguments)), linkPath == null ? null : checkedPath(linkPath));
    }

    /** Only paths inside the app: a mail never links elsewhere. */
    static String checkedPath(String path) {
        Objects.requireNonNull(path);
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A mail links to a path inside the app, not to " + path);
        }
        return path;
    }
}
