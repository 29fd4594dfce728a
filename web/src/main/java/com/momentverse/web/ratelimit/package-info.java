/**
 * Request rate limits (PRODUCT.md, "Operations and trust"): token buckets per client address,
 * shared by every node through Redis when {@code mv.redis.url} is set and kept in this process
 * otherwise.
 *
 * <p>A limit is a {@link com.momentverse.web.ratelimit.RateLimit} (a name, a capacity, a period);
 * the configured ones are in {@link com.momentverse.web.ratelimit.RateLimits}, and any code takes
 * a token for a key (an address, a user id) from the injected
 * {@link com.momentverse.web.ratelimit.RateLimiter}. {@link com.momentverse.web.ratelimit.RateLimitFilter}
 * applies the API and registration limits to requests and answers 429 {@code rate-limited} with
 * {@code Retry-After} and the {@code RateLimit-*} headers of the API contract.
 *
 * <p>A rate limiter that cannot reach Redis lets requests through (and says so in the log, at most
 * once a minute): a Redis outage must never take the API down with it.
 */
package com.momentverse.web.ratelimit;
