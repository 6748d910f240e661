package nl.kopgroep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A request remembers what its page's parts share, and forgets it once a read-write transaction has ended. */
@KopgroepTest
class RequestMemoTest {

    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void readsOncePerRequestAndAgainAfterAWrite() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestMemo.open(request);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        AtomicInteger reads = new AtomicInteger();

        RequestMemo.get("test", reads::incrementAndGet);
        RequestMemo.get("test", reads::incrementAndGet);
        assertThat(reads).as("the second part of the page shares the first one's answer").hasValue(1);

        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> { });
        RequestMemo.get("test", reads::incrementAndGet);
        assertThat(reads).as("a read-only transaction changes nothing").hasValue(1);

        new TransactionTemplate(transactions).executeWithoutResult(status -> { });
        RequestMemo.get("test", reads::incrementAndGet);
        assertThat(reads).as("after a read-write transaction the page reads again").hasValue(2);
    }

    @Test
    void aRequestThatWasNotOpenedRemembersNothing() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        AtomicInteger reads = new AtomicInteger();
        RequestMemo.get("test", reads::incrementAndGet);
        RequestMemo.get("test", reads::incrementAndGet);
        assertThat(reads).hasValue(2);
    }
}
