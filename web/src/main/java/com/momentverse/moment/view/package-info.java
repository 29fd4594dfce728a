/**
 * Faces pages of moments: the moment's own page {@code /m/{id}} with its pictures and share tags
 * ({@link com.momentverse.moment.view.MomentPath}, {@link com.momentverse.moment.view.MomentPage}),
 * and the owner's moments on the account page.
 */
package com.momentverse.moment.view;
