/**
 * Administration as stored: the append-only audit log of money and security events, and the
 * aggregate queries of the administrators' dashboard.
 */
package com.momentverse.admin;
