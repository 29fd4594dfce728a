/** {@code /api/v1/certificates}: look a certificate up, download its PDF, check a file; administrators regenerate. */
package com.momentverse.certificate.api;
