package nl.kopgroep.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the one-time set-up link of a new installation goes: a file only the operator (the account the
 * application runs as) can read, never the log, which is often shipped to places many people read.
 */
@Component
class FirstRunLinkFile {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path file;

    FirstRunLinkFile(@Value("${kopgroep.first-run.link-file:data/first-run-link.txt}") Path file) {
        this.file = file.toAbsolutePath();
    }

    Path path() {
        return file;
    }

    /** Writes the link (replacing an older one), readable and writable by the owner only. */
    void write(String text) {
        try {
            Files.deleteIfExists(file);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
                var asFile = file.toFile();
                asFile.setReadable(false, false);
                asFile.setWritable(false, false);
                asFile.setReadable(true, true);
                asFile.setWritable(true, true);
            }
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first-run set-up link to " + file
                    + " (set KOPGROEP_FIRST_RUN_LINK_FILE to a writable path, or KOPGROEP_ADMIN_*)", e);
        }
    }

    /** Removes the link once it can no longer be used. */
    void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the used set-up link " + file, e);
        }
    }
}
