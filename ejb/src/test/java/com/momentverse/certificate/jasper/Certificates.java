package com.momentverse.certificate.jasper;

import com.momentverse.common.Span;
import java.time.Instant;
import java.time.ZoneId;

/** Certificate contents for the tests, the samples and the benchmark. */
final class Certificates {

    static final String URL = "https://momentverse.example/verify/MV-7K3Q-9XWD";

    /** 15 March 3300 BCE, 12:49:56–12:50:56 in Rome (local mean time then, UTC+00:49:56). */
    static final Span ANCIENT = Span.of(Instant.parse("-3299-03-15T12:00:00Z"),
            Instant.parse("-3299-03-15T12:01:00Z"));

    static final CertificateStar SIRIUS = new CertificateStar("Sirius", "α Canis Majoris", 32349,
            101.2872, -16.7161, -1.44, "Canis Major");

    static final CertificateStar DUBHE = new CertificateStar("Dubhe", "α Ursae Majoris", 54061,
            165.9320, 61.7510, 1.81, "Ursa Major");

    private Certificates() {
    }

    static CertificateContent standard() {
        return CertificateContent.of("MV-7K3Q-9XWD", "The first light of the Bronze Age",
                "For every sunrise we watched together, and every one still to come.",
                "Ötzi’s family", "Giulia & Marco", ANCIENT, ZoneId.of("Europe/Rome"), SIRIUS,
                Instant.parse("2026-11-26T09:15:00Z"), URL, false);
    }

    static CertificateContent premium(String title, String dedicatedTo, CertificateStar star) {
        return CertificateContent.of("MV-PR3M-4H2X", title,
                "Ein Augenblick für immer · Ένα στιγμιότυπο για πάντα · Миг навсегда",
                dedicatedTo, "Лев Толстой & Sarah Cohen",
                Span.of(Instant.parse("2024-05-18T20:30:00Z"), Instant.parse("2024-05-18T20:45:00Z")),
                ZoneId.of("Asia/Seoul"), star, Instant.parse("2026-11-26T09:15:00Z"),
                "https://momentverse.example/verify/MV-PR3M-4H2X", true);
    }
}
