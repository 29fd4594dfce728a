package com.momentverse.web.security;

import java.io.Serializable;
import java.util.UUID;

/**
 * What a page session remembers of its sign-in: which account, and the credentials version
 * it signed in under. Stored as a session attribute by the authentication mechanism only.
 */
record SignedInSession(UUID accountId, int credentialsVersion) implements Serializable {

    static final String ATTRIBUTE = "mv.signedIn";
}
