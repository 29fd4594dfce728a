/**
 * {@code /api/v1/eras}, {@code /api/v1/timeline/*}, {@code /api/v1/stats},
 * {@code /api/v1/moment-of-the-day}, and likes and shares of {@code /api/v1/moments/{id}}: the
 * timeline and its community over JSON (API.md, "Timeline and community").
 */
package com.momentverse.timeline.api;
