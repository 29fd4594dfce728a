/*
 * The pages' calls of the site's own JSON API (/api/v1): same origin, with the page session's
 * cookie (credentials 'same-origin'), JSON in and out. Nothing more is needed against
 * cross-site requests: the session cookie is SameSite=Lax, the API reads only JSON bodies, and
 * other origins get no CORS answer (their preflights are refused), so another site can neither
 * send these requests with the cookie nor read what they answer.
 */
(function (root) {
    'use strict';

    /** "?a=1&b=x%20y" from the members of params that have a value ('' when none has). */
    function query(params) {
        var parts = [];
        Object.keys(params || {}).forEach(function (name) {
            var value = params[name];
            if (value !== undefined && value !== null && value !== '' && value !== false) {
                parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(value));
            }
        });
        return parts.length ? '?' + parts.join('&') : '';
    }

    /**
     * Sends a request; the promise gives {status, ok, data}: data is the JSON answer (a problem
     * document when not ok), or null when there is none (204) or it is not JSON.
     */
    function send(method, url, body) {
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'}
        };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(url, options).then(function (response) {
            var type = response.headers.get('Content-Type') || '';
            var json = response.status !== 204 && type.indexOf('json') >= 0;
            return (json ? response.json() : Promise.resolve(null)).then(function (data) {
                return {status: response.status, ok: response.ok, data: data};
            });
        });
    }

    /**
     * Records something in the background that must not hold the page up, and survives the page
     * being left (a share button that opens another site): a POST with keepalive, whose answer
     * nobody waits for.
     */
    function record(url, body) {
        try {
            fetch(url, {
                method: 'POST',
                credentials: 'same-origin',
                keepalive: true,
                headers: {'Content-Type': 'application/json'},
                body: JSON.stringify(body)
            }).catch(function () { /* a lost count is not worth bothering anyone */ });
        } catch (e) {
            // fetch missing or refusing keepalive: the count is lost, the share is not.
        }
    }

    root.MvApi = {
        query: query,
        get: function (url) {
            return send('GET', url);
        },
        send: send,
        record: record
    };
}(window));
