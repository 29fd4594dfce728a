package com.momentverse.certificate.api;

import com.momentverse.certificate.CertificateService;
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

/**
 * {@code /api/v1/admin/certificates/{number}/regenerate}: a new certificate (a new number) replaces
 * a valid one, which stays verifiable as SUPERSEDED.
 */
@Path("admin/certificates/{number}/regenerate")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCertificateResource {

    @EJB
    CertificateService certificates;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Regenerate one certificate: a new number; the old one becomes SUPERSEDED and points to it")
    public CertificateJson regenerate(@PathParam("number") String number) {
        return CertificateJson.of(certificates.regenerate(caller.get(), CertificateResource.parse(number)));
    }
}
