package com.momentverse.moment.view;

import com.momentverse.common.PageRequest;
import com.momentverse.moment.MomentService;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** "My moments" on {@code /account}: the signed-in person's moments, newest first, in every state. */
@Named
@RequestScoped
public class MyMoments {

    /** How many the account page lists: the newest. */
    static final int SHOWN = 50;

    @EJB
    MomentService moments;

    @Inject
    CurrentCaller caller;

    private List<MomentRow> rows;

    public List<MomentRow> getRows() {
        if (rows == null) {
            rows = moments.mine(caller.get().accountId(), PageRequest.first(SHOWN)).items().stream()
                    .map(MomentRow::of).toList();
        }
        return rows;
    }
}
