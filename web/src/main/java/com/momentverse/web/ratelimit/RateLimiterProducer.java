package com.momentverse.web.ratelimit;

import io.lettuce.core.RedisURI;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import com.momentverse.ops.CacheStatus;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Chooses where the application's buckets live: in Redis when {@code mv.redis.url} is set (the
 * same buckets for every node), else in this process. Either way there is one
 * {@link RateLimiter} for the application, wrapped so that a failing store lets requests through,
 * and closed (its Redis connection with it) when the application stops.
 */
@ApplicationScoped
public class RateLimiterProducer {

    private static final Logger LOG = Logger.getLogger(RateLimiterProducer.class);

    @Inject
    @ConfigProperty(name = "mv.redis.url")
    Optional<String> redisUrl;

    @Inject
    CacheStatus status;

    private Optional<RedisURI> redis = Optional.empty();

    /**
     * Reads the Redis URL, so a malformed one fails the deployment instead of the first request.
     * Does not connect: a Redis that is not up yet is no reason not to start.
     */
    @PostConstruct
    void init() {
        redis = redisUrl.filter(url -> !url.isBlank()).map(RedisUrls::parse);
        status.using(redis.isPresent() ? "redis" : "in-process");
        LOG.infof("Request rate limits are kept %s", redis
                .map(uri -> "in Redis at " + RedisUrls.describe(uri) + ", shared by every node")
                .orElse("in this process (set MV_REDIS_URL to share them between nodes)"));
    }

    /** Creates this bean, and so runs {@link #init()}, when the application starts. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Nothing more: being called is the point.
    }

    /** Typed: the bean is a RateLimiter, not also an injectable AutoCloseable. */
    @Produces
    @ApplicationScoped
    @Typed(RateLimiter.class)
    RateLimiter rateLimiter() {
        return redis
                .<RateLimiter>map(uri -> {
                    RedisRateLimiter limiter = new RedisRateLimiter(uri);
                    return new FailOpenRateLimiter(limiter, "Redis at " + limiter.address(), status);
                })
                .orElseGet(() -> new FailOpenRateLimiter(new InProcessRateLimiter(), "the in-process limiter", status));
    }

    void close(@Disposes RateLimiter limiter) {
        limiter.close();
    }
}
