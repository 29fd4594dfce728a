package com.momentverse.ops.api;

import com.momentverse.ops.NoticeView;
import com.momentverse.ops.SystemStatus;
import com.momentverse.ops.SystemStatus.ComponentStatus;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code GET /api/v1/status}: the live state of the service's components and the notices shown now. */
@Path("status")
public class StatusResource {

    @EJB
    SystemStatus status;

    /** The answer. */
    public record StatusJson(String status, Map<String, ComponentStatus> components, List<NoticeJson> notices) {
    }

    /** A notice: {@code kind} INFO, INCIDENT or MAINTENANCE; {@code endsAt} null while it has no set end. */
    public record NoticeJson(UUID id, String kind, String title, String message, Instant startsAt, Instant endsAt,
                             Instant publishedAt) {
        static NoticeJson of(NoticeView notice) {
            return new NoticeJson(notice.id(), notice.kind().name(), notice.title(), notice.message(), notice.startsAt(),
                    notice.endsAt(), notice.publishedAt());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live component health (database, cache, mail, payments) and published notices")
    public StatusJson get() {
        SystemStatus.StatusView view = status.now();
        return new StatusJson(view.status(), view.components(), view.notices().stream().map(NoticeJson::of).toList());
    }
}
