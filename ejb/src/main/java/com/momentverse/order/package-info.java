/**
 * Orders as the application offers them. For now the one place prices are computed:
 * {@link com.momentverse.order.Pricing}, from the {@link com.momentverse.order.PriceList} that
 * {@link com.momentverse.order.PriceListProducer} reads from configuration; the quote endpoint,
 * checkout and the order all take their lines from it.
 */
package com.momentverse.order;
