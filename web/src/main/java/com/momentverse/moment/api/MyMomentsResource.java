package com.momentverse.moment.api;

import com.momentverse.common.Slice;
import com.momentverse.moment.MomentService;
import com.momentverse.moment.MomentView;
import com.momentverse.web.ListParams;
import com.momentverse.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/me/moments}: the signed-in person's moments, newest first, in every state. */
@Path("me/moments")
@RolesAllowed("USER")
@Produces(MediaType.APPLICATION_JSON)
public class MyMomentsResource {

    @EJB
    MomentService moments;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "My moments, newest first")
    public Slice<MomentJson> mine(@Valid @BeanParam ListParams list) {
        return moments.mine(caller.get().accountId(), list.toPageRequest()).map(MomentJson::of);
    }
}
