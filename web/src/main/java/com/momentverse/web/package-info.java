/**
 * What every request passes through, whatever the feature: the JAX-RS application under
 * {@code /api/v1}, request ids, security headers, CORS, JSON settings, and the one family of
 * exception mappers that turns every error into RFC 9457 problem+json (filters that answer
 * before JAX-RS write the same shape through {@code ServletProblems}). Request rate limits are
 * in {@code com.momentverse.web.ratelimit}.
 */
package com.momentverse.web;
