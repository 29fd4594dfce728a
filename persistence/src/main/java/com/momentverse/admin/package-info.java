/** Administration as stored: the audit log of money and security events. */
package com.momentverse.admin;
