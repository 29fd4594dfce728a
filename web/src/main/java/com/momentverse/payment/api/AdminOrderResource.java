package com.momentverse.payment.api;

import com.momentverse.order.api.OrderJson;
import com.momentverse.payment.RefundService;
import com.momentverse.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** {@code /api/v1/admin/orders/{id}/refund}: an administrator gives a paid order's money back. */
@Path("admin/orders/{id: [0-9a-fA-F-]{36}}/refund")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AdminOrderResource {

    @EJB
    RefundService refunds;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Refund a paid order through the payment provider: REFUNDED, the moment released, the customer mailed")
    public OrderJson refund(@PathParam("id") UUID id) {
        return OrderJson.of(refunds.refund(caller.get(), id));
    }
}
