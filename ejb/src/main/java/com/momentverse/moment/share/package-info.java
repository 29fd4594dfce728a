/**
 * A moment as it travels when shared: its addresses and the share links of each network
 * ({@link com.momentverse.moment.share.ShareLinks}), and its pictures, drawn by the server
 * ({@link com.momentverse.moment.share.MomentPictures}): the 1200×630 Open Graph picture
 * ({@link com.momentverse.moment.share.ShareCardRenderer}, with the certificate's fonts and sky
 * chart) and the small sky view of the moment's page. Who may see a picture is who may see the
 * moment ({@link com.momentverse.moment.MomentAccess}).
 */
package com.momentverse.moment.share;
