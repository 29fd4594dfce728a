package com.momentverse.timeline;

import com.momentverse.account.AccountDeleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * An account that is deleted takes its likes with it (the moments' counts go down by them), in
 * the deleting transaction: what a person liked is their data.
 */
@ApplicationScoped
public class AccountLikes {

    @Inject
    CommunityRepository community;

    void onAccountDeleting(@Observes AccountDeleting deleting) {
        community.forget(deleting.accountId());
    }
}
