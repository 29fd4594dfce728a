/*
 * The home page's moment of the day (GET /api/v1/moment-of-the-day: a moment as GET
 * /api/v1/moments/{id} shows it, or 204 when there is none: then nothing is shown) and the public
 * stats (GET /api/v1/stats: {confirmedMoments, starsPaired, starsFree, earliest, latest}, the last
 * two {id, title, start, end} or null). Text goes in with textContent, never as markup.
 */
document.addEventListener('DOMContentLoaded', function () {
    'use strict';
    var home = document.getElementById('home');
    if (!home || !window.MvApi || !window.MvDates) {
        return;
    }
    var D = window.MvDates;
    var api = home.getAttribute('data-api');
    var momentPage = home.getAttribute('data-moments');

    function byId(id) {
        return document.getElementById(id);
    }

    function text(id, value) {
        var node = byId(id);
        node.textContent = value || '';
        node.hidden = !value;
    }

    function when(moment) {
        var start = D.parse(moment.start);
        var end = D.parse(moment.end);
        return isNaN(start) || isNaN(end) ? '' : D.span(start, end);
    }

    function link(id, moment) {
        var a = byId(id);
        a.href = momentPage + encodeURIComponent(moment.id);
        a.textContent = moment.title;
    }

    MvApi.get(api + '/moment-of-the-day').then(function (answer) {
        var moment = answer.data;
        if (answer.status !== 200 || !moment || !moment.id) {
            return; // 204: no moment today
        }
        link('motd-link', moment);
        text('motd-when', when(moment));
        text('motd-for', moment.dedicatedTo ? 'for ' + moment.dedicatedTo : '');
        var message = moment.message || '';
        text('motd-message', message.length > 280 ? message.substring(0, 279).replace(/\s+\S*$/, '') + '\u2026' : message);
        var notes = [];
        if (moment.dedicatedBy) {
            notes.push('dedicated by ' + moment.dedicatedBy);
        }
        if (moment.star) {
            notes.push('\u2605 ' + (moment.star.properName || moment.star.designation || 'HIP ' + moment.star.hip));
        }
        if (typeof moment.likes === 'number') {
            notes.push('\u2665 ' + moment.likes.toLocaleString('en') + (moment.likes === 1 ? ' like' : ' likes'));
        }
        text('motd-notes', notes.join(' \u00B7 '));
        byId('moment-of-the-day').hidden = false;
    }).catch(function (e) {
        if (window.console) {
            window.console.warn('moment of the day', e); // the page stays whole without it
        }
    });

    MvApi.get(api + '/stats').then(function (answer) {
        var stats = answer.data;
        if (!answer.ok || !stats) {
            return;
        }
        byId('stat-moments').textContent = Number(stats.confirmedMoments || 0).toLocaleString('en');
        byId('stat-paired').textContent = Number(stats.starsPaired || 0).toLocaleString('en');
        byId('stat-free').textContent = Number(stats.starsFree || 0).toLocaleString('en');
        var ends = false;
        [['earliest', stats.earliest], ['latest', stats.latest]].forEach(function (end) {
            var line = byId('stat-' + end[0] + '-line');
            line.hidden = !end[1];
            if (end[1]) {
                link('stat-' + end[0], end[1]);
                var start = D.parse(end[1].start);
                if (!isNaN(start)) {
                    line.appendChild(document.createTextNode(' (' + D.date(start) + ')'));
                }
                ends = true;
            }
        });
        byId('stat-ends').hidden = !ends;
        byId('stats').hidden = false;
    }).catch(function (e) {
        if (window.console) {
            window.console.warn('stats', e); // the page stays whole without them
        }
    });
});
