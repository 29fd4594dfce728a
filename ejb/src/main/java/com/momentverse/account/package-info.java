/**
 * Accounts as the application offers them: registration with e-mail verification, sign-in
 * with a lockout after repeated failures, password reset, profile changes, export and
 * deletion, administrators' changes, and the key that signs access tokens. Mails go
 * through the outbox in the same transaction as the change that causes them.
 */
package com.momentverse.account;
