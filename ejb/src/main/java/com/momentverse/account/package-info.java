/**
 * The security building blocks of accounts: the password policy, Argon2id password hashes
 * and the single-use secret tokens of e-mail verification and password reset. Plain Java,
 * injectable as application-scoped beans; the account service builds on them.
 */
package com.momentverse.account;
