package org.sipar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** A mail is checked when it is made: one good address, one-line subject and headers, no header injection. */
class OutgoingMailTest {

    static OutgoingMail mail() {
        return OutgoingMail.of("advisory.confirm", "analyst@bank.example", "Confirm your subscription", "Hello");
    }

    @Test
    void oneClickUnsubscribeSetsBothHeadersOfRfc8058() {
        OutgoingMail mail = mail().withOneClickUnsubscribe(URI.create("https://sipar.example/unsubscribe/abc"))
                .inLanguage("ur").about("advisory 42");
        assertThat(mail.headers()).containsEntry("List-Unsubscribe", "<https://sipar.example/unsubscribe/abc>")
                .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        assertThat(mail.language()).isEqualTo("ur");
        assertThat(mail.reference()).isEqualTo("advisory 42");
    }

    @Test
    void aHeaderNameThatIsNotATokenIsRefusedByName() {
        assertThatThrownBy(() -> mail().withHeader("X-Evil\r\nBcc", "all@example.org"))
                .isInstanceOf(InputRejected.class)
                .extracting(e -> ((InputRejected) e).problems().getFirst())
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("header");
                    assertThat(p.value()).isEqualTo("X-Evil\r\nBcc");
                    assertThat(p.reason()).contains("not a header name");
                });
        assertThatThrownBy(() -> mail().withHeader("List Unsubscribe", "x")).hasMessageContaining("'List Unsubscribe'");
    }

    @Test
    void aHeaderValueWithALineBreakIsRefusedNamingTheHeader() {
        assertThatThrownBy(() -> mail().withHeader("X-Topic", "hello\r\nBcc: all@example.org"))
                .isInstanceOf(InputRejected.class)
                .hasMessageContaining("header X-Topic").hasMessageContaining("no CR or LF");
        assertThatThrownBy(() -> mail().withHeader("X-Topic", "hello\nthere")).isInstanceOf(InputRejected.class);
    }

    @Test
    void theOutboxsOwnHeadersCannotBeGiven() {
        for (String own : new String[] {"Bcc", "from", "Message-ID", "Content-Type"}) {
            assertThatThrownBy(() -> mail().withHeader(own, "x")).as(own)
                    .hasMessageContaining("'" + own + "'").hasMessageContaining("set by the outbox");
        }
    }

    @Test
    void aBadAddressIsRefusedNamingIt() {
        for (String bad : new String[] {"not an address", "a@b.example, c@d.example", "Name <a@b.example>", "", "x\r\n@y"}) {
            assertThatThrownBy(() -> OutgoingMail.of("test.kind", bad, "Subject", "Body")).as(bad)
                    .isInstanceOf(InputRejected.class)
                    .asInstanceOf(InstanceOfAssertFactories.type(InputRejected.class))
                    .satisfies(e -> assertThat(e.problems().getFirst().field()).isEqualTo("to"))
                    .satisfies(e -> assertThat(e.problems().getFirst().value()).isEqualTo(bad));
        }
        assertThatThrownBy(() -> OutgoingMail.of("test.kind", null, "Subject", "Body")).isInstanceOf(InputRejected.class);
    }

    @Test
    void subjectKindAndLanguageAreChecked() {
        assertThatThrownBy(() -> OutgoingMail.of("test.kind", "a@b.example", "Two\nlines", "Body"))
                .hasMessageContaining("subject");
        assertThatThrownBy(() -> OutgoingMail.of("Not A Kind", "a@b.example", "Subject", "Body"))
                .hasMessageContaining("kind 'Not A Kind'");
        assertThatThrownBy(() -> mail().inLanguage("english!")).hasMessageContaining("language 'english!'");
        assertThatThrownBy(() -> OutgoingMail.of("test.kind", "a@b.example", "Subject", " ")).hasMessageContaining("text");
    }
}
