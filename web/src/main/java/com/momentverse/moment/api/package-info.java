/** {@code /api/v1/availability}, {@code /api/v1/moments} and {@code /api/v1/me/moments}: moments over JSON. */
package com.momentverse.moment.api;
