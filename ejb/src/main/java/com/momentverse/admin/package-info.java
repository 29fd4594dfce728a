/** Administration: the audit log that money and security events are written to. */
package com.momentverse.admin;
