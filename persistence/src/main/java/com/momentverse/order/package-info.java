/**
 * Orders: what a customer buys and what it costs. For now the values an order is made of,
 * its {@link com.momentverse.order.OrderLine}s and the {@link com.momentverse.order.Quote}
 * that adds them up; the prices themselves are computed only by the ejb module's
 * {@code com.momentverse.order.Pricing}.
 */
package com.momentverse.order;
