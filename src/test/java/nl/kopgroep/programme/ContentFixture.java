package nl.kopgroep.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A writable copy of the valid test content tree, to break or change one thing at a time. */
final class ContentFixture {

    static final Path VALID = Path.of("src/test/resources/content-fixtures/valid");

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    static ContentFixture copyInto(Path folder) {
        try (Stream<Path> files = Files.walk(VALID)) {
            for (Path source : files.toList()) {
                Path target = folder.resolve(VALID.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentFixture(folder);
    }

    Path root() {
        return root;
    }

    ContentFixture replace(String file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        return write(file, text.replace(from, to));
    }

    ContentFixture write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ContentFixture move(String file, String to) {
        try {
            Files.createDirectories(root.resolve(to).getParent());
            Files.move(root.resolve(file), root.resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ContentFixture delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentReader.Result check() {
        return ContentReader.read(root);
    }

    ProgrammeDefinition programme() {
        ContentReader.Result result = check();
        if (!result.valid()) {
            throw new IllegalStateException("fixture invalid: " + result.problems());
        }
        return result.programme();
    }
}
