package com.momentverse.moment.api;

import com.momentverse.moment.MomentView;
import com.momentverse.star.StarListing;
import com.momentverse.star.api.StarJson;

import java.util.UUID;

/** A moment as the API shows it (API.md, "Claiming and orders"). */
public record MomentJson(UUID id, String start, String end, String timeZone, String title, String message,
                         String dedicatedTo, String dedicatedBy, String visibility, String status, StarJson star,
                         boolean premiumCertificate, String certificateNumber, long likes, boolean likedByMe,
                         long shares, String era) {

    public static MomentJson of(MomentView moment) {
        // A star paired with an active moment is not available; once released it may be again.
        StarJson star = moment.star() == null ? null
                : StarJson.of(new StarListing(moment.star(), !moment.status().isActive()));
        return new MomentJson(moment.id(), moment.span().start().toString(), moment.span().end().toString(),
                moment.timeZone().getId(), moment.title(), moment.message(), moment.dedicatedTo(),
                moment.dedicatedBy(), moment.visibility().name(), moment.status().name(), star,
                moment.premiumCertificate(), moment.certificateNumber(), moment.likes(), moment.likedByMe(),
                moment.shares(), moment.era().id());
    }
}
