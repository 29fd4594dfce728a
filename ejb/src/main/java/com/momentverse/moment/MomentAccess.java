package com.momentverse.moment;

import com.momentverse.account.Caller;

/**
 * Who may see and change a moment: the one place these rules live, for the API and the pages
 * alike (PRODUCT.md, "Claiming a moment").
 * <ul>
 * <li>Its owner and administrators see it in every state.</li>
 * <li>Anyone else sees it only once it is CONFIRMED, and only when it is PUBLIC or UNLISTED (an
 *     unlisted moment is reached by its link, never listed) and not hidden by moderation (a hidden
 *     moment is private to all but its owner and administrators). A private, hidden, held or
 *     released moment is "not found" to them, which does not reveal that it exists.</li>
 * <li>Only the owner changes it.</li>
 * </ul>
 */
public final class MomentAccess {

    private MomentAccess() {
    }

    public static boolean canSee(Caller caller, Moment moment) {
        if (caller.admin() || moment.isOwnedBy(caller.accountId())) {
            return true;
        }
        return moment.getStatus() == MomentStatus.CONFIRMED && moment.visibilityToOthers() != Visibility.PRIVATE;
    }

    public static boolean canChange(Caller caller, Moment moment) {
        return moment.isOwnedBy(caller.accountId()) && moment.getStatus() != MomentStatus.RELEASED;
    }
}
