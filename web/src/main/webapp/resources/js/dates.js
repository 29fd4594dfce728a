/*
 * Dates for people in the pages' scripts, as the server writes them (HistoricDates): the
 * proleptic Gregorian calendar in UTC, and every year with BCE or CE. Instants travel as the API
 * writes them, with astronomical years: year 0 is 1 BCE, "-3299-03-15T12:00:00Z" is 15 March
 * 3300 BCE. JavaScript's Date counts years astronomically too, but neither reads nor writes such
 * text reliably (and Date.UTC turns years 0-99 into 1900-1999), so this file parses and writes
 * it itself and builds dates with setUTCFullYear.
 *
 * Also the timeline's calendar: the scales, where their buckets start (weeks on Monday; decades,
 * centuries and millennia at years divisible by 10, 100, 1000), and the windows the page shows.
 *
 * No DOM: the page loads it as window.MvDates, and `node --test web/src/test/js` tests it.
 */
(function (root, factory) {
    'use strict';
    var api = factory();
    if (typeof module === 'object' && module.exports) {
        module.exports = api;
    } else {
        root.MvDates = api;
    }
}(typeof window !== 'undefined' ? window : this, function () {
    'use strict';

    var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
        'October', 'November', 'December'];
    var HOUR = 3600 * 1000;
    var DAY = 24 * HOUR;
    var INSTANT = /^([+-]?\d{4,9})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?Z$/;

    /** The scales of the timeline, smallest first (the API's names). */
    var SCALES = ['hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'millennium'];
    var YEARS = {decade: 10, century: 100, millennium: 1000};

    /** Epoch milliseconds of a UTC date and time; months from 0, years astronomical (0 is 1 BCE). */
    function utc(year, month, day, hour, minute, second) {
        var date = new Date(0);
        date.setUTCFullYear(year, month, day === undefined ? 1 : day);
        date.setUTCHours(hour || 0, minute || 0, second || 0, 0);
        return date.getTime();
    }

    /** An instant as the API writes it ("-3299-03-15T12:00:00Z") in epoch milliseconds; NaN if it is not one. */
    function parse(text) {
        var m = INSTANT.exec(String(text || '').trim());
        if (!m) {
            return NaN;
        }
        var month = Number(m[2]) - 1;
        var day = Number(m[3]);
        if (month > 11 || day < 1 || day > 31 || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] || 0) > 59) {
            return NaN;
        }
        var ms = utc(Number(m[1]), month, day, Number(m[4]), Number(m[5]), Number(m[6] || 0));
        return new Date(ms).getUTCDate() === day ? ms : NaN; // 31 April is not a day
    }

    function pad(number, width) {
        var text = String(Math.abs(number));
        while (text.length < width) {
            text = '0' + text;
        }
        return text;
    }

    /** Epoch milliseconds as the API writes an instant: "-3299-03-15T12:00:00Z", "1969-07-20T20:17:40Z". */
    function iso(ms) {
        var d = new Date(ms);
        var year = d.getUTCFullYear();
        var sign = year < 0 ? '-' : year > 9999 ? '+' : '';
        return sign + pad(year, 4) + '-' + pad(d.getUTCMonth() + 1, 2) + '-' + pad(d.getUTCDate(), 2)
            + 'T' + pad(d.getUTCHours(), 2) + ':' + pad(d.getUTCMinutes(), 2) + ':' + pad(d.getUTCSeconds(), 2) + 'Z';
    }

    /** An astronomical year as people write it: 1969 is "1969 CE", 0 is "1 BCE", -3299 is "3300 BCE". */
    function year(astronomical) {
        return astronomical > 0 ? astronomical + ' CE' : (1 - astronomical) + ' BCE';
    }

    /** Years from first to last (astronomical, both included): "1900–1999 CE", "3301–3202 BCE", "1 BCE – 99 CE". */
    function years(first, last) {
        if (first === last) {
            return year(first);
        }
        if (last <= 0) {
            return (1 - first) + '\u2013' + (1 - last) + ' BCE';
        }
        if (first > 0) {
            return first + '\u2013' + last + ' CE';
        }
        return year(first) + ' \u2013 ' + year(last);
    }

    function yearOf(ms) {
        return new Date(ms).getUTCFullYear();
    }

    /** "15 March 3300 BCE". */
    function date(ms) {
        var d = new Date(ms);
        return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + year(d.getUTCFullYear());
    }

    /** "12:00:00". */
    function time(ms) {
        var d = new Date(ms);
        return pad(d.getUTCHours(), 2) + ':' + pad(d.getUTCMinutes(), 2) + ':' + pad(d.getUTCSeconds(), 2);
    }

    /** "15 March 3300 BCE, 12:00:00 UTC". */
    function dateTime(ms) {
        return date(ms) + ', ' + time(ms) + ' UTC';
    }

    /**
     * A span in UTC as the server writes it (Span.formatUtc): "15 March 3300 BCE, 12:00:00 –
     * 12:01:00 UTC"; the end's date only when it is another day.
     */
    function span(startMs, endMs) {
        var sameDay = date(startMs) === date(endMs);
        return date(startMs) + ', ' + time(startMs) + ' \u2013 ' + (sameDay ? '' : date(endMs) + ', ') + time(endMs) + ' UTC';
    }

    // --- the timeline's calendar -----------------------------------------------------------

    /** Where the bucket of the scale that holds the instant starts. */
    function floor(ms, scale) {
        var d = new Date(ms);
        var y = d.getUTCFullYear();
        switch (scale) {
            case 'hour':
                return utc(y, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours());
            case 'day':
                return utc(y, d.getUTCMonth(), d.getUTCDate());
            case 'week':
                return utc(y, d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
            case 'month':
                return utc(y, d.getUTCMonth(), 1);
            case 'year':
                return utc(y, 0, 1);
            default:
                return utc(Math.floor(y / YEARS[scale]) * YEARS[scale], 0, 1);
        }
    }

    /** The instant {@code n} buckets of the scale after a bucket's start (before it for negative n). */
    function add(ms, scale, n) {
        var d = new Date(ms);
        switch (scale) {
            case 'hour':
                return ms + n * HOUR;
            case 'day':
                return ms + n * DAY;
            case 'week':
                return ms + n * 7 * DAY;
            case 'month':
                return utc(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate(), d.getUTCHours());
            case 'year':
                return utc(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate());
            default:
                return utc(d.getUTCFullYear() + n * YEARS[scale], d.getUTCMonth(), d.getUTCDate());
        }
    }

    /** The scale a bucket zooms into (a month into its days, a week into its days), or null for hours. */
    function finer(scale) {
        return {day: 'hour', week: 'day', month: 'day', year: 'month', decade: 'year', century: 'decade',
            millennium: 'century'}[scale] || null;
    }

    /** The scale a window zooms out to (days and weeks to months), or null for millennia. */
    function coarser(scale) {
        return scale === 'week' ? 'month' : windowScale(scale);
    }

    /**
     * The scale whose one bucket a window of this scale shows: a day of hours, a month of days,
     * a year of months, a decade of years ... a millennium of centuries; null for weeks (13 of
     * them) and millennia (all of history).
     */
    function windowScale(scale) {
        return {hour: 'day', day: 'month', month: 'year', year: 'decade', decade: 'century', century: 'millennium'}[scale] || null;
    }

    var RANGE_START = utc(-3299, 0, 1);
    var RANGE_END = utc(2101, 0, 1);

    /** The window cut to the range of moments, 3300 BCE to 2100 CE. */
    function clamp(window) {
        return {
            scale: window.scale,
            from: Math.max(window.from, RANGE_START),
            to: Math.min(window.to, RANGE_END)
        };
    }

    /** The window a scale opens with around an instant: the bucket of windowScale that holds it. */
    function windowAround(scale, ms) {
        var at = Math.min(Math.max(ms, RANGE_START), RANGE_END - 1);
        var outer = windowScale(scale);
        if (outer) {
            var start = floor(at, outer);
            return clamp({scale: scale, from: start, to: add(start, outer, 1)});
        }
        if (scale === 'week') {
            var monday = add(floor(at, 'week'), 'week', -6);
            return clamp({scale: scale, from: monday, to: add(monday, 'week', 13)});
        }
        return {scale: scale, from: RANGE_START, to: RANGE_END};
    }

    /** The whole range of moments by centuries: where the timeline starts. */
    function overview() {
        return {scale: 'century', from: RANGE_START, to: RANGE_END};
    }

    /** The window moved one step earlier (-1) or later (+1): the neighbouring bucket of windowScale, else as many buckets as it shows. */
    function move(window, direction) {
        var outer = windowScale(window.scale);
        if (outer && floor(window.from, outer) === floor(window.to - 1, outer)) {
            var start = add(floor(window.from, outer), outer, direction);
            return clamp({scale: window.scale, from: start, to: add(start, outer, 1)});
        }
        var count = buckets(window).length;
        var from = add(floor(window.from, window.scale), window.scale, direction * count);
        return clamp({scale: window.scale, from: from, to: add(from, window.scale, count)});
    }

    /** Whether the window can move that way without leaving the range. */
    function canMove(window, direction) {
        return direction < 0 ? window.from > RANGE_START : window.to < RANGE_END;
    }

    /** The starts and ends of the window's buckets, as the API counts them (the first and last cut to the window). */
    function buckets(window) {
        var list = [];
        for (var start = floor(window.from, window.scale); start < window.to && list.length <= 1000;
             start = add(start, window.scale, 1)) {
            list.push({start: Math.max(start, window.from), end: Math.min(add(start, window.scale, 1), window.to)});
        }
        return list;
    }

    /** A bucket named in full, for headings, tooltips and screen readers. */
    function label(scale, startMs, endMs) {
        var d = new Date(startMs);
        switch (scale) {
            case 'hour':
                return date(startMs) + ', ' + pad(d.getUTCHours(), 2) + ':00\u2013' + pad(new Date(endMs).getUTCHours() || 24, 2) + ':00 UTC';
            case 'day':
                return date(startMs);
            case 'week':
                return 'Week of ' + date(startMs);
            case 'month':
                return MONTHS[d.getUTCMonth()] + ' ' + year(d.getUTCFullYear());
            case 'year':
                return year(d.getUTCFullYear());
            default:
                return years(yearOf(startMs), yearOf(endMs - 1));
        }
    }

    /** A bucket named briefly, for the chart's axis. */
    function tick(scale, startMs) {
        var d = new Date(startMs);
        switch (scale) {
            case 'hour':
                return pad(d.getUTCHours(), 2) + ':00';
            case 'day':
                return String(d.getUTCDate());
            case 'week':
                return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()].substring(0, 3);
            case 'month':
                return MONTHS[d.getUTCMonth()].substring(0, 3);
            default:
                return year(d.getUTCFullYear());
        }
    }

    /** A window named for its heading: "July 1969 CE", "1900–1999 CE", "14 July 1969 CE". */
    function describe(window) {
        var outer = windowScale(window.scale);
        if (outer && window.from === floor(window.from, outer) && window.to === add(window.from, outer, 1)) {
            return label(outer, window.from, window.to);
        }
        if (['year', 'decade', 'century', 'millennium'].indexOf(window.scale) >= 0) {
            return years(yearOf(window.from), yearOf(window.to - 1));
        }
        return date(window.from) + ' \u2013 ' + date(window.to - 1);
    }

    return {
        SCALES: SCALES,
        RANGE_START: RANGE_START,
        RANGE_END: RANGE_END,
        utc: utc,
        parse: parse,
        iso: iso,
        year: year,
        years: years,
        date: date,
        time: time,
        dateTime: dateTime,
        span: span,
        floor: floor,
        add: add,
        finer: finer,
        coarser: coarser,
        windowAround: windowAround,
        overview: overview,
        move: move,
        canMove: canMove,
        buckets: buckets,
        label: label,
        tick: tick,
        describe: describe
    };
}));
