package com.momentverse.mail;

import com.momentverse.mail.smtp.SmtpMailer;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MailerSelectionTest {

    private final SmtpMailer smtp = new SmtpMailer();
    private final LoggingMailer log = new LoggingMailer();

    @Test
    void smtpOnlyWhenAHostIsConfigured() {
        assertThat(select(Optional.of("smtp.example.com"))).isSameAs(smtp);
        assertThat(select(Optional.empty())).isSameAs(log);
        assertThat(select(Optional.of("  "))).isSameAs(log);
    }

    private Mailer select(Optional<String> host) {
        MailerSelection selection = new MailerSelection();
        selection.smtpHost = host;
        return selection.mailer(smtp, log);
    }
}
