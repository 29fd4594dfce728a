package com.momentverse.moment;

import com.momentverse.common.Span;
import com.momentverse.star.Star;
import com.momentverse.timeline.Era;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A moment as a caller who may see it reads it: detached and immutable.
 *
 * @param dedicatedBy the owner's name, or "anonymous" once the owner deleted their account
 * @param star        the paired star, or null
 * @param certificateNumber the valid certificate's number, or null before one is issued
 * @param mine        whether the caller owns it
 */
public record MomentView(UUID id, Span span, ZoneId timeZone, String title, String message, String dedicatedTo,
                         String dedicatedBy, Visibility visibility, MomentStatus status, Star star,
                         boolean premiumCertificate, String certificateNumber, long likes, boolean likedByMe,
                         long shares, Era era, Instant createdAt, boolean mine) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The name shown for a moment whose owner deleted their account. */
    public static final String ANONYMOUS = "anonymous";

    /** The moment as its owner or a caller who has not liked it reads it. */
    public static MomentView of(Moment moment, String ownerName, boolean mine) {
        return of(moment, ownerName, mine, false);
    }

    /**
     * The moment with the likes and shares counted when it was read.
     *
     * @param ownerName the owner's name, or null once the owner deleted their account
     * @param mine      whether the caller owns it
     * @param likedByMe whether the caller likes it
     */
    public static MomentView of(Moment moment, String ownerName, boolean mine, boolean likedByMe) {
        return new MomentView(moment.getId(), moment.getSpan(), moment.getTimeZone(), moment.getTitle(),
                moment.getMessage(), moment.getDedicatedTo(), ownerName == null ? ANONYMOUS : ownerName,
                moment.getVisibility(), moment.getStatus(), moment.getStar().orElse(null),
                moment.isPremiumCertificate(), moment.getCertificateNumber(), moment.getLikeCount(), likedByMe,
                moment.getShareCount(), Era.of(moment.getSpan()), moment.getCreatedAt(), mine);
    }
}
