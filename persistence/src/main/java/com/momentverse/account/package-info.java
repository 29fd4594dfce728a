/**
 * Accounts: who may sign in, with which roles, and the single-use tokens and sign-in
 * failures that protect them. Passwords are kept only as Argon2id hashes, tokens only as
 * SHA-256 hashes.
 */
package com.momentverse.account;
