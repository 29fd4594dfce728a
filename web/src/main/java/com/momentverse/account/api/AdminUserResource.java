package com.momentverse.account.api;

import com.momentverse.account.AccountAdminService;
import com.momentverse.account.AccountView;
import com.momentverse.account.Role;
import com.momentverse.common.Slice;
import com.momentverse.web.ListParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.EnumSet;
import java.util.UUID;

import static com.momentverse.account.api.AccountJson.User;
import static com.momentverse.account.api.AccountJson.UserChange;

/** {@code /api/v1/admin/users}: administrators list accounts and change roles or state. */
@Path("admin/users")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    @EJB
    AccountAdminService admin;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Accounts, newest first; q filters by name or e-mail")
    public Slice<User> list(@QueryParam("q") @Size(max = 100) String q, @Valid @BeanParam ListParams list) {
        Slice<AccountView> found = admin.list(q, list.toPageRequest());
        return new Slice<>(found.items().stream().map(User::of).toList(), found.nextCursor());
    }

    @PATCH
    @Path("{id: [0-9a-fA-F-]{36}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant or revoke ADMIN, disable or enable; not on oneself")
    public User update(@PathParam("id") UUID id, @NotNull UserChange body) {
        EnumSet<Role> roles = body.roles() == null ? null
                : body.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(body.roles());
        return User.of(admin.update(MeResource.me(security), id, roles, body.disabled()));
    }
}
