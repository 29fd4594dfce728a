/**
 * Administration: the audit log that money and security events are written to ({@code AuditLog})
 * and that administrators search ({@code AuditTrail}), and the dashboard's figures ({@code Dashboard}).
 */
package com.momentverse.admin;
