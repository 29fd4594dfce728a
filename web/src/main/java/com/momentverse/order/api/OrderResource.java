package com.momentverse.order.api;

import com.momentverse.order.ClaimService;
import com.momentverse.order.OrderService;
import com.momentverse.order.OrderView;
import com.momentverse.payment.CheckoutService;
import com.momentverse.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * {@code /api/v1/orders}: start checkout for a moment (a verified e-mail is needed), read an
 * order, cancel a pending one.
 */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @EJB
    ClaimService claims;

    @EJB
    OrderService orders;

    @EJB
    CheckoutService checkout;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed("USER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold the span (and star) for 30 minutes and place an order awaiting payment")
    public Response place(@NotNull OrderRequest request) {
        OrderView order = claims.place(caller.get().accountId(), request.toClaim(LocalDate.now(ZoneOffset.UTC)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(order.orderId().toString()).build())
                .entity(OrderJson.of(order)).build();
    }

    @GET
    @Path("{id: [0-9a-fA-F-]{36}}")
    @RolesAllowed("USER")
    @Operation(summary = "An order, to the customer who placed it or an administrator")
    public OrderJson find(@PathParam("id") UUID id) {
        return OrderJson.of(orders.find(caller.get(), id));
    }

    @POST
    @Path("{id: [0-9a-fA-F-]{36}}/cancel")
    @RolesAllowed("USER")
    @Operation(summary = "Cancel one's pending order: the hold on the span and the star ends at once")
    public OrderJson cancel(@PathParam("id") UUID id) {
        return OrderJson.of(checkout.cancel(caller.get(), id));
    }

    @POST
    @Path("{id: [0-9a-fA-F-]{36}}/checkout")
    @RolesAllowed("USER")
    @Operation(summary = "Go to checkout again for one's pending order (opens it if the payment provider was down)")
    public OrderJson checkout(@PathParam("id") UUID id) {
        return OrderJson.of(checkout.reopen(caller.get(), id));
    }
}
