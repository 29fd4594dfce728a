/**
 * Who is calling: one Jakarta Security authentication mechanism for pages and API alike.
 *
 * <p>{@link com.momentverse.web.security.MomentVerseAuthenticationMechanism} runs on every
 * request. With {@code Authorization: Bearer} it verifies the RS256 access token with SmallRye
 * JWT's parser (the MicroProfile JWT implementation of the server), against our public key
 * and issuer, and creates no session. Otherwise it uses the page session that the sign-in
 * page established through the same mechanism ({@code SecurityContext.authenticate} with the
 * e-mail and password). Either way the account is checked on every request: it must still
 * exist, be enabled, and its credentials must not have changed since the token was issued or
 * the session signed in, so a password reset or disabling ends every sign-in at once.
 *
 * <p>Both paths check credentials through the one user store, {@code AccountService}, with
 * the same lockout. Roles become the groups USER and ADMIN, which {@code @RolesAllowed} on
 * resources and EJBs and the pages' security constraints check.
 *
 * <p>WildFly needs {@code integrated-jaspi=false} on the application security domain (see
 * {@code wildfly-config/src/main/cli/configure.cli}) for such a mechanism's identities.
 */
package com.momentverse.web.security;
