package com.momentverse.moment;

import com.momentverse.account.AccountRepository;
import com.momentverse.account.Caller;
import com.momentverse.timeline.CommunityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Moments as a caller reads them ({@link MomentView}): with the owner's name and whether the
 * caller likes each, looked up for a whole page at once (two queries, whatever its length).
 * The caller must be allowed to see them ({@link MomentAccess}); this class does not check.
 */
@ApplicationScoped
public class MomentViews {

    @Inject
    AccountRepository accounts;

    @Inject
    CommunityRepository community;

    public MomentView of(Caller caller, Moment moment) {
        return of(caller, List.of(moment)).get(0);
    }

    public List<MomentView> of(Caller caller, List<Moment> moments) {
        Map<UUID, String> names = accounts.names(moments.stream().map(Moment::getOwnerId).filter(Objects::nonNull)
                .distinct().toList());
        Set<UUID> liked = community.likedBy(caller.accountId(), moments.stream().map(Moment::getId).toList());
        return moments.stream().map(moment -> MomentView.of(moment, names.get(moment.getOwnerId()),
                moment.isOwnedBy(caller.accountId()), liked.contains(moment.getId()))).toList();
    }
}
