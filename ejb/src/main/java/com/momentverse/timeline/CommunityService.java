package com.momentverse.timeline;

import com.momentverse.account.Caller;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentAccess;
import com.momentverse.moment.MomentRepository;
import com.momentverse.moment.MomentStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Likes and shares (PRODUCT.md, "Timeline, sharing and community"). A signed-in person likes a
 * confirmed moment they may see ({@link MomentAccess}), once, and may take it back; liking twice or
 * unliking what one does not like changes nothing. Anyone who may see a moment shares it. The
 * database keeps the counts exact ({@link CommunityRepository}). Metrics: {@code mv_likes_total{action}}
 * (like, unlike: only those that changed something), {@code mv_shares_total{channel}}.
 */
@Stateless
public class CommunityService {

    @Inject
    MomentRepository moments;

    @Inject
    CommunityRepository community;

    @Inject
    MeterRegistry meters;

    Clock clock = Clock.systemUTC();

    private Counter liked;
    private Counter unliked;
    private final Map<ShareChannel, Counter> shared = new EnumMap<>(ShareChannel.class);

    @PostConstruct
    void registerMeters() {
        liked = meters.counter("mv.likes", "action", "like");
        unliked = meters.counter("mv.likes", "action", "unlike");
        for (ShareChannel channel : ShareChannel.values()) {
            shared.put(channel, meters.counter("mv.shares", "channel", channel.id()));
        }
    }

    /**
     * The caller likes the moment (again: nothing changes).
     *
     * @throws NotFoundException      when there is no such moment or the caller may not see it
     * @throws StateConflictException when the moment is not confirmed (only its owner sees it then)
     */
    public LikeState like(Caller caller, UUID momentId) {
        UUID account = signedIn(caller);
        likeable(caller, momentId);
        if (community.like(momentId, account, clock.instant())) {
            liked.increment();
        }
        return new LikeState(community.likes(momentId), true);
    }

    /**
     * The caller takes their like back (none: nothing changes).
     *
     * @throws NotFoundException      when there is no such moment or the caller may not see it
     * @throws StateConflictException when the moment is not confirmed
     */
    public LikeState unlike(Caller caller, UUID momentId) {
        UUID account = signedIn(caller);
        likeable(caller, momentId);
        if (community.unlike(momentId, account)) {
            unliked.increment();
        }
        return new LikeState(community.likes(momentId), false);
    }

    /**
     * Counts one share of the moment from the channel.
     *
     * @throws NotFoundException when there is no such moment or the caller may not see it
     */
    public void share(Caller caller, UUID momentId, ShareChannel channel) {
        visible(caller, momentId);
        community.share(momentId);
        shared.get(channel).increment();
    }

    private void likeable(Caller caller, UUID momentId) {
        Moment moment = visible(caller, momentId);
        if (moment.getStatus() != MomentStatus.CONFIRMED) {
            throw new StateConflictException("Only a confirmed moment can be liked.");
        }
    }

    private Moment visible(Caller caller, UUID momentId) {
        return moments.find(momentId).filter(moment -> MomentAccess.canSee(caller, moment))
                .orElseThrow(NotFoundException::new);
    }

    private static UUID signedIn(Caller caller) {
        return caller.account().orElseThrow(() -> new IllegalStateException("likes are for signed-in callers"));
    }
}
