package com.momentverse.account.api;

import com.momentverse.account.AccountService;
import com.momentverse.account.SignInResult;
import com.momentverse.web.ProblemType;
import com.momentverse.web.Problems;
import com.momentverse.web.security.AccessTokens;
import com.momentverse.web.security.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import static com.momentverse.account.api.AccountJson.Accepted;
import static com.momentverse.account.api.AccountJson.CredentialsRequest;
import static com.momentverse.account.api.AccountJson.EmailRequest;
import static com.momentverse.account.api.AccountJson.RegisterRequest;
import static com.momentverse.account.api.AccountJson.ResetRequest;
import static com.momentverse.account.api.AccountJson.Token;
import static com.momentverse.account.api.AccountJson.TokenRequest;

/**
 * {@code /api/v1/auth}: registration, verification, access tokens and password reset. The
 * answers to register, resend and reset requests are the same whatever the address.
 */
@Path("auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    static final Accepted CHECK_YOUR_MAIL = new Accepted("ACCEPTED",
            "If the address can receive it, a message is on its way. Check your mail.");

    @EJB
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @POST
    @Path("register")
    @Operation(summary = "Register; answers 202 alike for new and existing addresses")
    public Response register(@NotNull RegisterRequest body) {
        accounts.register(body.name(), body.email(), body.password());
        return Response.accepted(CHECK_YOUR_MAIL).build();
    }

    @POST
    @Path("verify")
    @Operation(summary = "Verify an e-mail address with the token from the mail")
    public Response verify(@NotNull TokenRequest body) {
        accounts.verifyEmail(body.token());
        return Response.noContent().build();
    }

    @POST
    @Path("verify/resend")
    @Operation(summary = "Send a new verification link; always 202")
    public Response resend(@NotNull EmailRequest body) {
        accounts.resendVerification(body.email());
        return Response.accepted(CHECK_YOUR_MAIL).build();
    }

    @POST
    @Path("token")
    @Operation(summary = "Exchange e-mail and password for an access token (RS256 JWT)")
    public Response token(@NotNull CredentialsRequest body) {
        String path = request.getRequestURI();
        SignInResult result = accounts.signIn(body.email(), body.password(), clientAddress.of(request));
        if (result instanceof SignInResult.Success success) {
            AccessTokens.Issued issued = tokens.issue(success.account());
            return Response.ok(new Token(issued.token(), "Bearer", issued.lifetime().toSeconds()))
                    .header("Cache-Control", "no-store").build();
        }
        if (result instanceof SignInResult.Disabled) {
            return Problems.response(ProblemType.FORBIDDEN, "This account has been disabled.", path);
        }
        if (result instanceof SignInResult.Locked locked) {
            return Response.fromResponse(Problems.response(ProblemType.RATE_LIMITED,
                            "Too many failed sign-ins. Try again later.", path))
                    .header("Retry-After", Math.max(1, locked.retryAfter().toSeconds())).build();
        }
        return Problems.response(ProblemType.UNAUTHENTICATED, "The e-mail address or the password is not right.", path);
    }

    @POST
    @Path("password-reset")
    @Operation(summary = "Mail a password reset link; always 202")
    public Response requestReset(@NotNull EmailRequest body) {
        accounts.requestPasswordReset(body.email());
        return Response.accepted(CHECK_YOUR_MAIL).build();
    }

    @POST
    @Path("password-reset/confirm")
    @Operation(summary = "Set a new password with the token from the mail; ends every earlier sign-in")
    public Response confirmReset(@NotNull ResetRequest body) {
        accounts.resetPassword(body.token(), body.password());
        return Response.noContent().build();
    }
}
