/**
 * Faces backing beans of claiming a moment: the claim page with its live span preview,
 * availability, star picker and quote, and the rows that pages show of orders and their lines.
 * They call the same services as the API and show the services' field errors next to the fields.
 */
package com.momentverse.order.view;
