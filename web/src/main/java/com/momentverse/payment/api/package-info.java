/** {@code /api/v1/payments/stripe/webhook} and {@code /api/v1/admin/orders/{id}/refund}: payments over HTTP. */
package com.momentverse.payment.api;
