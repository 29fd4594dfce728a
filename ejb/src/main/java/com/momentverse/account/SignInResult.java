package com.momentverse.account;

import java.time.Duration;

/**
 * The outcome of checking credentials. Failures say nothing about whether the account
 * exists: an unknown address and a wrong password are both {@link Invalid}.
 */
public sealed interface SignInResult {

    /** The credentials are right and the account may sign in. */
    record Success(AccountView account) implements SignInResult {
    }

    /** Wrong address or password. */
    record Invalid() implements SignInResult {
    }

    /** The right password, but an administrator disabled the account. */
    record Disabled() implements SignInResult {
    }

    /** Too many failures for this address from this client: locked until the window ends. */
    record Locked(Duration retryAfter) implements SignInResult {
    }
}
