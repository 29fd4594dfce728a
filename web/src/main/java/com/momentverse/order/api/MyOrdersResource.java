package com.momentverse.order.api;

import com.momentverse.common.Slice;
import com.momentverse.order.OrderService;
import com.momentverse.order.OrderView;
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

/** {@code /api/v1/me/orders}: the signed-in person's orders, newest first. */
@Path("me/orders")
@RolesAllowed("USER")
@Produces(MediaType.APPLICATION_JSON)
public class MyOrdersResource {

    @EJB
    OrderService orders;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "My orders, newest first")
    public Slice<OrderJson> mine(@Valid @BeanParam ListParams list) {
        return orders.mine(caller.get().accountId(), list.toPageRequest()).map(OrderJson::of);
    }
}
