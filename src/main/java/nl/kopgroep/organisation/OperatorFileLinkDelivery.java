package nl.kopgroep.organisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import nl.kopgroep.base.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Until e-mail exists (issue 12): one-time links are appended to a file that only the operating-system
 * account running the application may read or write (mode 600 in a directory of mode 700), never to the
 * application log and never to the screen of the administrator. The operator (who runs the installation,
 * not the municipality's administrator) passes the link on to the person. Each node writes its own file.
 */
@Component
class OperatorFileLinkDelivery implements AccountLinkDelivery {

    private static final Logger log = LoggerFactory.getLogger(OperatorFileLinkDelivery.class);
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Clock clock;

    OperatorFileLinkDelivery(@Value("${kopgroep.account-links.file:data/account-links.txt}") Path file, Clock clock) {
        this.file = file.toAbsolutePath();
        this.clock = clock;
    }

    @Override
    public synchronized void deliver(AccountLink link) {
        String line = String.join("\t", DateTimeFormatter.ISO_INSTANT.format(clock.instant()), link.kind().name(),
                oneLine(link.email()), oneLine(link.displayName()), link.url(),
                "geldig tot " + DateTimeFormatter.ISO_INSTANT.format(link.expiresAt())) + System.lineSeparator();
        try {
            ownerOnly();
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException | UnsupportedOperationException e) {
            log.error("Could not write a one-time link for account {} to the operator file {}", link.account(), file, e);
            throw new DomainException("account.link.deliveryFailed");
        }
        log.info("One-time link ({}) for account {} written to the operator file {}", link.kind(), link.account(), file);
    }

    @Override
    public String channelKey() {
        return "account.link.channel.operatorFile";
    }

    private void ownerOnly() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path directory = file.getParent();
        if (!Files.isDirectory(directory)) {
            if (posix) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
            } else {
                Files.createDirectories(directory);
            }
        }
        if (!Files.exists(file)) {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            } else {
                Files.createFile(file);
            }
        }
        if (posix) {
            // Also when someone widened them by hand: the links are credentials.
            Files.setPosixFilePermissions(file, OWNER_FILE);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]", " ");
    }
}
