/** {@code /verify/{number}}: the page the QR code on every certificate leads to. */
package com.momentverse.certificate.view;
