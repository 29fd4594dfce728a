/**
 * Accounts as the application offers them: registration with e-mail verification, sign-in
 * with a lockout after repeated failures, password reset, profile changes, export and
 * deletion, administrators' changes, and the key that signs access tokens. Mails go
 * through the outbox in the same transaction as the change that causes them.
 *
 * <p>The security building blocks are plain, injectable classes: the password policy,
 * Argon2id password hashes ({@link com.momentverse.account.PasswordHasher}) and the
 * single-use secret tokens of verification and reset, stored only as hashes.
 */
package com.momentverse.account;
