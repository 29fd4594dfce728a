package com.momentverse.moderation.view;

import com.momentverse.common.InvalidInputException;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.moderation.ModerationService;
import com.momentverse.moderation.ModerationService.HiddenMoment;
import com.momentverse.moderation.ModerationService.ReportedMoment;
import com.momentverse.web.FormMessages;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /admin/moderation}: the reported moments, hide with a reason or dismiss; the hidden ones, unhide. */
@Named
@ViewScoped
public class ModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @EJB
    ModerationService moderation;

    @Inject
    CurrentCaller caller;

    /** The reason typed next to each reported moment, by moment id. */
    private final Map<String, String> reasons = new HashMap<>();
    private transient List<Reported> queue;
    private transient List<Hidden> hidden;

    public void hide(String momentId) {
        act(() -> moderation.hide(caller.get(), UUID.fromString(momentId), reasons.get(momentId)), "Hidden; the owner is mailed.");
    }

    public void dismiss(String momentId) {
        act(() -> moderation.dismiss(caller.get(), UUID.fromString(momentId)), "Reports dismissed.");
    }

    public void unhide(String momentId) {
        act(() -> moderation.unhide(caller.get(), UUID.fromString(momentId)), "Shown again.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FormMessages.info(done);
        } catch (InvalidInputException e) {
            FormMessages.error("Give a reason (1 to 500 characters): the owner reads it.");
        } catch (NotFoundException e) {
            FormMessages.error("No such moment.");
        } catch (StateConflictException e) {
            FormMessages.error(e.getMessage());
        }
        queue = null;
        hidden = null;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public List<Reported> getQueue() {
        if (queue == null) {
            queue = moderation.queue(SHOWN).stream().map(Reported::new).toList();
        }
        return queue;
    }

    public List<Hidden> getHidden() {
        if (hidden == null) {
            hidden = moderation.hidden(SHOWN).stream().map(Hidden::new).toList();
        }
        return hidden;
    }

    /** A reported moment as the page shows it. */
    public static final class Reported {
        private final ReportedMoment moment;

        Reported(ReportedMoment moment) {
            this.moment = moment;
        }

        public String getId() {
            return moment.momentId().toString();
        }

        public String getTitle() {
            return moment.title();
        }

        public String getVisibility() {
            return moment.visibility();
        }

        public boolean isHidden() {
            return moment.hidden();
        }

        public List<String> getReasons() {
            return moment.reasons();
        }
    }

    /** A hidden moment as the page shows it. */
    public static final class Hidden {
        private final HiddenMoment moment;

        Hidden(HiddenMoment moment) {
            this.moment = moment;
        }

        public String getId() {
            return moment.momentId().toString();
        }

        public String getTitle() {
            return moment.title();
        }

        public String getReason() {
            return moment.reason();
        }

        public String getHiddenAt() {
            return moment.hiddenAt().truncatedTo(ChronoUnit.MINUTES).toString();
        }
    }
}
