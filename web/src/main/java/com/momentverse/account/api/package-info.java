/**
 * Accounts over JSON: {@code /api/v1/auth/*} (register, verify, tokens, password reset),
 * {@code /api/v1/me} (one's own profile, export, deletion) and {@code /api/v1/admin/users}.
 */
package com.momentverse.account.api;
