/**
 * Faces backing beans of the account pages: register, sign in and out, verify an address,
 * forgotten and reset passwords, and one's own account. They call the same services as the
 * API and show the services' field errors next to the fields.
 */
package com.momentverse.account.view;
