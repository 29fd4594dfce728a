/**
 * What every request passes through, whatever the feature: the JAX-RS application under
 * {@code /api/v1}, request ids, security headers, JSON settings, and the one family of
 * exception mappers that turns every error into RFC 9457 problem+json.
 */
package com.momentverse.web;
