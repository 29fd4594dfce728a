package com.momentverse.account.api;

import com.momentverse.account.AccountExport;
import com.momentverse.account.AccountService;
import com.momentverse.account.ProfileChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

import static com.momentverse.account.api.AccountJson.DeleteRequest;
import static com.momentverse.account.api.AccountJson.Me;
import static com.momentverse.account.api.AccountJson.ProfileRequest;

/** {@code /api/v1/me}: the signed-in person's own account. */
@Path("me")
@RolesAllowed("USER")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    AccountService accounts;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "My profile")
    public Me me() {
        return Me.of(accounts.profile(me(security)));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change name, e-mail (verified again) or password; needs the current password")
    public Me update(@NotNull ProfileRequest body) {
        return Me.of(accounts.updateProfile(me(security),
                new ProfileChange(body.name(), body.email(), body.password(), body.currentPassword())));
    }

    @GET
    @Path("export")
    @Operation(summary = "All my data, as JSON")
    public Response export() {
        AccountExport export = accounts.export(me(security));
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"momentverse-my-data.json\"")
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete my account; needs the current password")
    public Response delete(@NotNull DeleteRequest body) {
        accounts.delete(me(security), body.currentPassword());
        return Response.noContent().build();
    }

    static UUID me(SecurityContext security) {
        return UUID.fromString(security.getUserPrincipal().getName());
    }
}
