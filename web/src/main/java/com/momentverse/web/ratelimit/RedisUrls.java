package com.momentverse.web.ratelimit;

import io.lettuce.core.RedisURI;

/**
 * Reads {@code mv.redis.url} and names the server in log lines. A Redis URL may carry a password
 * ({@code redis://:secret@host:6379}), so neither the URL nor a parser's message that might quote
 * it is ever logged or thrown: only host and port are.
 */
final class RedisUrls {

    private RedisUrls() {
    }

    /**
     * @throws IllegalArgumentException without the URL in its message, when it is not a Redis URL
     */
    static RedisURI parse(String url) {
        try {
            return RedisURI.create(url.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "mv.redis.url (MV_REDIS_URL) is not a Redis URL such as redis://host:6379 or rediss://host:6380");
        }
    }

    /** {@code host:port}; never the password or the rest of the URL. */
    static String describe(RedisURI uri) {
        if (uri.getHost() == null) {
            return uri.getSocket() != null ? "a Unix socket" : "a Redis Sentinel";
        }
        return uri.getHost() + ':' + uri.getPort();
    }
}
