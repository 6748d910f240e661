package nl.kopgroep.knowledge;

import static nl.kopgroep.knowledge.KnowledgeFixture.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Attachments: the size limit, the type by its first bytes, and the virus-scan hook against a fake clamd. */
@KopgroepTest
class AttachmentCheckTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] DOCX = docx();
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    @Autowired PracticeService practices;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        KnowledgeFixture.cleanUp(jdbc);
    }

    @Test
    void theTypeIsDecidedByTheFirstBytesNotTheName() {
        assertThat(AttachmentCheck.contentType("verslag.pdf", PDF)).isEqualTo("application/pdf");
        assertThat(AttachmentCheck.contentType("foto", PNG)).isEqualTo("image/png");
        assertThat(AttachmentCheck.contentType("foto.jpg", JPEG)).isEqualTo("image/jpeg");
        assertThat(AttachmentCheck.contentType("plan.docx", DOCX)).contains("wordprocessingml");
        assertThat(AttachmentCheck.contentType("plan.pptx", DOCX)).contains("presentationml");
        assertThat(AttachmentCheck.contentType("notitie.txt", "Hallo wereld\nregel twee".getBytes(StandardCharsets.UTF_8)))
                .startsWith("text/plain");
        assertRefused("virus.pdf", EXE, "knowledge.attachment.wrongType");
        assertRefused("archief.zip", DOCX, "knowledge.attachment.wrongType");
        assertRefused("script.txt", new byte[] {'a', 0, 1, 2}, "knowledge.attachment.wrongType");
        assertRefused("leeg.txt", new byte[0], "knowledge.attachment.empty");
        byte[] big = new byte[AttachmentCheck.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertRefused("groot.pdf", big, "knowledge.attachment.tooLarge");
    }

    @Test
    void theServiceRefusesOversizedAndWrongFilesAndKeepsGoodOnes() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        long practice = practices.publish(form("Bijlagen Tureluur", "Tureluur.", Sharing.MUNICIPALITY));
        long id = practices.addAttachment(practice, "verslag.pdf", PDF);
        assertThatThrownBy(() -> practices.addAttachment(practice, "setup.pdf", EXE)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> practices.addAttachment(practice, "groot.pdf", new byte[AttachmentCheck.MAX_BYTES + 1]))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc.sql("SELECT content_type FROM practice_attachment WHERE practice_id = ?").param(practice)
                .query(String.class).list()).containsExactly("application/pdf");
        practices.removeAttachment(practice, id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_attachment WHERE practice_id = ?").param(practice)
                .query(Long.class).single()).isZero();
    }

    @Test
    void clamdInstreamSaysCleanOrFoundAndAnUnreachableScannerRefuses() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (ServerSocket server = new ServerSocket(0)) {
            ClamdScanner scanner = new ClamdScanner("127.0.0.1", server.getLocalPort(), 5000);

            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> fakeClamd(server), executor);
            assertThat(scanner.scan(PDF).clean()).isTrue();
            assertThat(received.get(10, TimeUnit.SECONDS)).as("the bytes arrived in INSTREAM chunks").isEqualTo(PDF);

            byte[] eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*".getBytes(StandardCharsets.US_ASCII);
            received = CompletableFuture.supplyAsync(() -> fakeClamd(server), executor);
            AttachmentScanner.Verdict verdict = scanner.scan(eicar);
            assertThat(verdict.clean()).isFalse();
            assertThat(verdict.finding()).isEqualTo("Eicar-Test-Signature");
            received.get(10, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0)) {
            closedPort = gone.getLocalPort();
        }
        ClamdScanner unreachable = new ClamdScanner("127.0.0.1", closedPort, 1000);
        assertThatThrownBy(() -> unreachable.scan(PDF)).isInstanceOf(AttachmentScanner.AttachmentScanException.class);
    }

    /** Reads one INSTREAM session and answers like clamd: FOUND for the EICAR test string, OK otherwise. */
    private static byte[] fakeClamd(ServerSocket server) {
        try (Socket socket = server.accept()) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] command = new byte["zINSTREAM\0".length()];
            in.readFully(command);
            if (!new String(command, StandardCharsets.US_ASCII).equals("zINSTREAM\0")) {
                throw new IllegalStateException("not INSTREAM");
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            for (int length = in.readInt(); length > 0; length = in.readInt()) {
                content.write(in.readNBytes(length));
            }
            byte[] bytes = content.toByteArray();
            String answer = new String(bytes, StandardCharsets.US_ASCII).contains("EICAR")
                    ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0";
            OutputStream out = socket.getOutputStream();
            out.write(answer.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> AttachmentCheck.contentType(name, content)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    private static byte[] docx() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return zip.toByteArray();
    }
}
