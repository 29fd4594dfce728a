package com.momentverse.order.api;

import com.momentverse.common.Span;
import com.momentverse.order.ClaimService;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/quotes}: what a moment with its options costs, line by line, before checkout. */
@Path("quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {

    @EJB
    ClaimService claims;

    @POST
    @Operation(summary = "The lines and total an order for this span and these options would have")
    public QuoteJson quote(@NotNull QuoteRequest request) {
        Span span = Span.parse(request.start(), request.end());
        return QuoteJson.of(claims.quote(span, request.starHip(), Boolean.TRUE.equals(request.premiumCertificate())));
    }
}
