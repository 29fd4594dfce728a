/**
 * Faces beans of the administration as a whole: the dashboard and its server-drawn charts, the
 * audit log. The pages of one feature's administration live with that feature ({@code account.view},
 * {@code order.view}, {@code certificate.view}, {@code mail.view}); all share the template
 * {@code WEB-INF/templates/admin.xhtml}.
 */
package com.momentverse.admin.view;
