package com.momentverse.timeline.api;

/** {@code POST /api/v1/moments/{id}/shares}: where the moment was shared (link, x, facebook, whatsapp, email). */
public record ShareRequest(String channel) {
}
