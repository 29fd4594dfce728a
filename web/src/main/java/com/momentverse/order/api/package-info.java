/** {@code /api/v1/quotes}, {@code /api/v1/orders} and {@code /api/v1/me/orders}: prices and orders over JSON. */
package com.momentverse.order.api;
