/*
 * The claim page starts in the browser's time zone: once the page has loaded, this sends the
 * zone (an IANA id such as "Europe/Berlin") to the page's remote command, which the page renders
 * only while it still wants it. A file of the site, not an inline script: the
 * Content-Security-Policy allows only scripts of the site and those carrying the page's nonce.
 */
window.addEventListener('load', function () {
    var send = window.mvBrowserZone;
    if (typeof send !== 'function' || !window.Intl || !Intl.DateTimeFormat) {
        return;
    }
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
        send([{name: 'zone', value: zone}]);
    }
});
