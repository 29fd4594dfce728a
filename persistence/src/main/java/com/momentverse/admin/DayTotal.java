package com.momentverse.admin;

import java.time.LocalDate;

/**
 * What happened on one UTC day: how many (orders, certificates) and, for money, their sum in cents.
 *
 * @param day    the UTC date
 * @param count  how many
 * @param amount the sum of their amounts in cents (0 where there is no amount)
 */
public record DayTotal(LocalDate day, long count, long amount) {
}
