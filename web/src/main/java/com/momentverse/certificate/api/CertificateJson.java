package com.momentverse.certificate.api;

import com.momentverse.certificate.CertificateView;
import com.momentverse.moment.MomentView;
import com.momentverse.star.StarListing;
import com.momentverse.star.api.StarJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;

/**
 * A certificate as the API shows it to anyone with its number (API.md, "Certificates"). The
 * moment is a JSON object built here because of a private one nothing but
 * {@code {"visibility": "PRIVATE"}} may be said.
 */
@JsonbPropertyOrder({"number", "status", "issuedAt", "sha256", "premium", "supersededBy", "moment"})
public record CertificateJson(String number, String status, Instant issuedAt, String sha256, boolean premium,
                              String supersededBy, JsonObject moment) {

    public static CertificateJson of(CertificateView certificate) {
        return new CertificateJson(certificate.number(), certificate.status().name(), certificate.issuedAt(),
                certificate.sha256(), certificate.premium(), certificate.supersededBy(), moment(certificate));
    }

    private static JsonObject moment(CertificateView certificate) {
        if (certificate.isPrivate()) {
            return Json.createObjectBuilder().add("visibility", "PRIVATE").build();
        }
        MomentView moment = certificate.moment();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", moment.id().toString())
                .add("title", moment.title())
                .add("start", moment.span().start().toString())
                .add("end", moment.span().end().toString())
                .add("timeZone", moment.timeZone().getId());
        optional(json, "dedicatedTo", moment.dedicatedTo());
        json.add("dedicatedBy", moment.dedicatedBy());
        if (moment.star() == null) {
            json.addNull("star");
        } else {
            StarJson star = StarJson.of(new StarListing(moment.star(), !moment.status().isActive()));
            json.add("star", Json.createObjectBuilder().add("hip", star.hip())
                    .add("name", moment.star().getDisplayName())
                    .add("constellation", star.constellation())
                    .add("magnitude", star.magnitude()));
        }
        return json.add("visibility", moment.visibility().name()).build();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
