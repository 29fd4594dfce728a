package com.momentverse.certificate;

import com.momentverse.moment.MomentView;

import java.io.Serializable;
import java.time.Instant;

/**
 * A certificate as anyone who has its number sees it.
 *
 * @param moment the moment it certifies, or null when the moment is private (then only
 *               "valid, private" may be said about it)
 */
public record CertificateView(String number, CertificateStatus status, Instant issuedAt, String sha256, boolean premium,
                              String supersededBy, MomentView moment) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isPrivate() {
        return moment == null;
    }
}
