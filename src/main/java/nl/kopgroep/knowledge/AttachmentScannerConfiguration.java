package nl.kopgroep.knowledge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** clamd when {@code kopgroep.knowledge.clamd.host} is set, else no scan (documented in the README). */
@Configuration
class AttachmentScannerConfiguration {

    @Bean
    AttachmentScanner attachmentScanner(@Value("${kopgroep.knowledge.clamd.host:}") String host,
                                        @Value("${kopgroep.knowledge.clamd.port:3310}") int port,
                                        @Value("${kopgroep.knowledge.clamd.timeout-millis:10000}") int timeout) {
        return host.isBlank() ? AttachmentScanner.NONE : new ClamdScanner(host, port, timeout);
    }
}
