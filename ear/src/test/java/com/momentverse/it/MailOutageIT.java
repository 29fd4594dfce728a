package com.momentverse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static com.momentverse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMTP outage delays mail but loses none: mails queued while the SMTP server is down are
 * all delivered once it is back (the outbox retries with backoff).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void mailsQueuedDuringAnOutageAreDeliveredAfterIt() throws Exception {
        List<String> addresses = new ArrayList<>();
        TestServices.mail().stop();
        try {
            for (int i = 0; i < 3; i++) {
                String email = TestUsers.newEmail("outage");
                addresses.add(email);
                assertThat(Api.anonymous().post("api/v1/auth/register",
                        json("name", "Patient " + i, "email", email, "password", TestUsers.PASSWORD)).statusCode()).isEqualTo(202);
            }
            Thread.sleep(4_000); // the sender tries (and fails) meanwhile
        } finally {
            TestServices.restartMail();
        }
        for (String email : addresses) {
            assertThat(Mailbox.body(Mailbox.await(email, "Confirm your e-mail"))).contains("/verify-email?token=");
        }
    }
}
