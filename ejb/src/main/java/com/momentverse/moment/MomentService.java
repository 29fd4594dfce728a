package com.momentverse.moment;

import com.momentverse.account.Caller;
import com.momentverse.certificate.PrintableText;
import com.momentverse.common.NewestFirst;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** Reads and edits moments, under the rules of {@link MomentAccess}. */
@Stateless
public class MomentService {

    @Inject
    MomentRepository moments;

    @Inject
    MomentViews views;

    /**
     * The moment, if the caller may see it.
     *
     * @throws NotFoundException when there is no such moment or the caller may not see it
     */
    public MomentView find(Caller caller, UUID id) {
        Moment moment = moments.find(id).filter(m -> MomentAccess.canSee(caller, m)).orElseThrow(NotFoundException::new);
        return views.of(caller, moment);
    }

    /**
     * Whether anyone at all, signed in or not, may see the moment: what decides whether a page
     * may be indexed by search engines and whether shared caches may keep its pictures.
     */
    public boolean isOpenToAnyone(UUID id) {
        return moments.find(id).filter(m -> MomentAccess.canSee(Caller.ANONYMOUS, m)).isPresent();
    }

    /**
     * Changes the words or the visibility of the caller's own moment. Words change until the
     * certificate is issued, visibility at any time.
     *
     * @throws NotFoundException when it is not the caller's moment (or is released)
     */
    public MomentView edit(Caller caller, UUID id, MomentEdit edit) {
        Moment moment = moments.find(id).filter(m -> MomentAccess.canChange(caller, m)).orElseThrow(NotFoundException::new);
        Visibility visibility = edit.visibility() == null ? null : Visibility.parse(edit.visibility());
        if (edit.changesText()) {
            MomentText text = moment.getText().with(edit.title(), edit.message(), edit.dedicatedTo());
            PrintableText.check(text);
            moment.changeText(text);
        }
        if (visibility != null) {
            moment.changeVisibility(visibility);
        }
        return views.of(caller, moment);
    }

    /** The account's own moments, newest first, in every state. */
    public Slice<MomentView> mine(UUID accountId, PageRequest page) {
        NewestFirst after = page.cursor() == null ? null : NewestFirst.fromCursor(page.cursor());
        Slice<Moment> found = Slice.ofOverread(moments.ownedBy(accountId, after, page.limit() + 1), page.limit(),
                m -> new NewestFirst(m.getCreatedAt(), m.getId()).toCursor());
        return new Slice<>(views.of(Caller.user(accountId), found.items()), found.nextCursor());
    }
}
