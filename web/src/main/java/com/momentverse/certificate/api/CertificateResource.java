package com.momentverse.certificate.api;

import com.momentverse.certificate.CertificateNumber;
import com.momentverse.certificate.CertificateService;
import com.momentverse.common.NotFoundException;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/certificates/{number}}: anyone with a number learns whether it is genuine; the PDF
 * goes to whoever may see the moment; any file can be checked against the record.
 */
@Path("certificates/{number}")
public class CertificateResource {

    /** Larger than any certificate: a bigger upload cannot be one. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    @EJB
    CertificateService certificates;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A certificate: genuine or not, its status and the moment it certifies (private ones: only that)")
    public CertificateJson find(@PathParam("number") String number) {
        return CertificateJson.of(certificates.find(parse(number)));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate's PDF, exactly as issued, to whoever may see the moment")
    public Response pdf(@PathParam("number") String number) {
        CertificateNumber parsed = parse(number);
        return Response.ok(certificates.pdf(caller.get(), parsed))
                .header("Content-Disposition", "inline; filename=\"momentverse-" + parsed.value() + ".pdf\"")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    @POST
    @Path("verify-file")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether a file is this certificate, byte for byte (SHA-256)")
    public FileCheckJson verifyFile(@PathParam("number") String number, byte[] file) {
        if (file == null || file.length > MAX_FILE_BYTES) {
            throw new com.momentverse.common.InvalidInputException("file", "TOO_LARGE",
                    "must be a PDF of at most 10 MB");
        }
        return FileCheckJson.of(certificates.check(parse(number), file));
    }

    static CertificateNumber parse(String number) {
        return CertificateNumber.parse(number).orElseThrow(NotFoundException::new);
    }
}
