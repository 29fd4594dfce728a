// Tests of resources/js/dates.js, run on demand (not part of the Maven build):
//   node --test web/src/test/js
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const D = require('../../main/webapp/resources/js/dates.js');

test('years are written with BCE or CE, year 0 being 1 BCE', () => {
    assert.equal(D.year(1969), '1969 CE');
    assert.equal(D.year(1), '1 CE');
    assert.equal(D.year(0), '1 BCE');
    assert.equal(D.year(-1), '2 BCE');
    assert.equal(D.year(-3299), '3300 BCE');
    assert.equal(D.years(1900, 1999), '1900\u20131999 CE');
    assert.equal(D.years(-3300, -3201), '3301\u20133202 BCE');
    assert.equal(D.years(0, 99), '1 BCE \u2013 99 CE');
    assert.equal(D.years(2000, 2000), '2000 CE');
});

test('instants are read and written as the API writes them, astronomical years included', () => {
    for (const text of ['-3299-01-01T00:00:00Z', '-3299-03-15T12:00:00Z', '0000-12-31T23:59:59Z', '-0001-02-28T00:00:00Z',
        '0099-06-01T00:00:00Z', '1969-07-20T20:17:40Z', '2100-12-31T23:59:59Z', '2101-01-01T00:00:00Z']) {
        assert.equal(D.iso(D.parse(text)), text);
    }
    // Years 0-99 are not 1900-1999 (as Date.UTC would have them).
    assert.equal(new Date(D.parse('0050-01-01T00:00:00Z')).getUTCFullYear(), 50);
    assert.equal(D.parse('1969-07-20T20:17:40.500Z'), Date.UTC(1969, 6, 20, 20, 17, 40));
    for (const bad of ['', 'yesterday', '1969-07-20', '1969-02-30T00:00:00Z', '1969-13-01T00:00:00Z', '1969-07-20T24:00:00Z', null]) {
        assert.ok(Number.isNaN(D.parse(bad)), String(bad));
    }
});

test('dates and spans read as on the server, on the proleptic Gregorian calendar', () => {
    assert.equal(D.date(D.parse('-3299-03-15T12:00:00Z')), '15 March 3300 BCE');
    assert.equal(D.dateTime(D.parse('0000-12-31T23:59:59Z')), '31 December 1 BCE, 23:59:59 UTC');
    assert.equal(D.span(D.parse('-3299-03-15T12:00:00Z'), D.parse('-3299-03-15T12:01:00Z')),
        '15 March 3300 BCE, 12:00:00 \u2013 12:01:00 UTC');
    assert.equal(D.span(D.parse('1999-12-31T23:59:30Z'), D.parse('2000-01-01T00:00:30Z')),
        '31 December 1999 CE, 23:59:30 \u2013 1 January 2000 CE, 00:00:30 UTC');
    // 1 March 1500 BCE is a Tuesday on the proleptic Gregorian calendar (as java.time says); 5 BCE (year -4) has a leap day, 4 BCE none.
    assert.equal(new Date(D.parse('-1499-03-01T00:00:00Z')).getUTCDay(), 2);
    assert.equal(D.date(D.parse('-0004-02-29T00:00:00Z')), '29 February 5 BCE');
    assert.ok(Number.isNaN(D.parse('-0003-02-29T00:00:00Z')));
});

test('buckets start where the API starts them', () => {
    const at = D.parse('1969-07-20T20:17:40Z'); // a Sunday
    assert.equal(D.iso(D.floor(at, 'hour')), '1969-07-20T20:00:00Z');
    assert.equal(D.iso(D.floor(at, 'day')), '1969-07-20T00:00:00Z');
    assert.equal(D.iso(D.floor(at, 'week')), '1969-07-14T00:00:00Z'); // Monday
    assert.equal(D.iso(D.floor(at, 'month')), '1969-07-01T00:00:00Z');
    assert.equal(D.iso(D.floor(at, 'decade')), '1960-01-01T00:00:00Z');
    assert.equal(D.iso(D.floor(at, 'millennium')), '1000-01-01T00:00:00Z');
    const bce = D.parse('-0005-06-01T00:00:00Z'); // 6 BCE
    assert.equal(D.iso(D.floor(bce, 'decade')), '-0010-01-01T00:00:00Z');
    assert.equal(D.iso(D.floor(D.parse('0000-06-01T00:00:00Z'), 'century')), '0000-01-01T00:00:00Z'); // year 0 starts one
    assert.equal(D.iso(D.floor(D.parse('-3299-01-01T00:00:00Z'), 'century')), '-3300-01-01T00:00:00Z');
    assert.equal(D.iso(D.add(D.parse('1969-12-01T00:00:00Z'), 'month', 1)), '1970-01-01T00:00:00Z');
    assert.equal(D.iso(D.add(D.parse('0000-01-01T00:00:00Z'), 'century', -1)), '-0100-01-01T00:00:00Z');
});

test('windows open on one bucket of the next scale, move by it, and stay in the range', () => {
    const at = D.parse('1969-07-20T20:17:40Z');
    const hours = D.windowAround('hour', at);
    assert.equal(D.iso(hours.from), '1969-07-20T00:00:00Z');
    assert.equal(D.iso(hours.to), '1969-07-21T00:00:00Z');
    assert.equal(D.buckets(hours).length, 24);
    assert.equal(D.describe(hours), '20 July 1969 CE');
    const days = D.windowAround('day', at);
    assert.equal(D.buckets(days).length, 31);
    assert.equal(D.describe(days), 'July 1969 CE');
    const june = D.move(days, -1);
    assert.equal(D.iso(june.from), '1969-06-01T00:00:00Z');
    assert.equal(D.buckets(june).length, 30);
    assert.equal(D.describe(D.windowAround('year', at)), '1960\u20131969 CE');
    assert.equal(D.buckets(D.windowAround('week', at)).length, 13);

    const first = D.windowAround('decade', D.RANGE_START);
    assert.equal(D.iso(first.from), '-3299-01-01T00:00:00Z'); // the century -3300..-3201, cut to the range
    assert.equal(D.canMove(first, -1), false);
    assert.equal(D.canMove(first, 1), true);
    assert.equal(D.iso(D.move(first, 1).from), '-3200-01-01T00:00:00Z');
    const last = D.windowAround('year', D.parse('2100-12-31T23:59:59Z'));
    assert.equal(D.iso(last.to), '2101-01-01T00:00:00Z');
    assert.equal(D.canMove(last, 1), false);

    const all = D.overview();
    assert.equal(D.buckets(all).length, 55);
    assert.equal(D.describe(all), '3300 BCE \u2013 2100 CE');
    assert.equal(D.canMove(all, -1) || D.canMove(all, 1), false);
});

test('zooming goes in by one scale and out by one', () => {
    assert.deepEqual(['millennium', 'century', 'decade', 'year', 'month', 'week', 'day', 'hour'].map(D.finer),
        ['century', 'decade', 'year', 'month', 'day', 'day', 'hour', null]);
    assert.deepEqual(['hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'millennium'].map(D.coarser),
        ['day', 'month', 'month', 'year', 'decade', 'century', 'millennium', null]);
});

test('buckets have names for headings and short ones for the axis', () => {
    const hour = D.parse('1969-07-20T23:00:00Z');
    assert.equal(D.label('hour', hour, hour + 3600e3), '20 July 1969 CE, 23:00\u201324:00 UTC');
    assert.equal(D.label('week', D.parse('1969-07-14T00:00:00Z')), 'Week of 14 July 1969 CE');
    assert.equal(D.label('month', D.parse('-0043-03-01T00:00:00Z')), 'March 44 BCE');
    assert.equal(D.label('century', D.parse('1900-01-01T00:00:00Z'), D.parse('2000-01-01T00:00:00Z')), '1900\u20131999 CE');
    assert.equal(D.tick('hour', hour), '23:00');
    assert.equal(D.tick('month', hour), 'Jul');
    assert.equal(D.tick('century', D.parse('-0099-01-01T00:00:00Z')), '100 BCE');
});
