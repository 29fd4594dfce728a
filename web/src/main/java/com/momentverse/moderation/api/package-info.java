/** {@code POST /api/v1/moments/{id}/reports}: anyone reports a moment to the moderators. */
package com.momentverse.moderation.api;
