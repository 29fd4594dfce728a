/*
 * The timeline page (/timeline): counts of public moments per bucket as a bar chart (SVG, drawn
 * here: no inline script, no library), a window to move earlier and later and to zoom, filters,
 * and the list of the window's moments with "load more".
 *
 * What is shown lives in the address (?scale=&from=&to=&era=&starPaired=&q=, the API's own
 * names), pushed on every change, so a view can be shared and Back returns to the one before.
 * Keys: ArrowLeft/ArrowRight move the window, Enter or Space opens the bar in focus (zooms into
 * it; at the scale of hours, lists its moments), "-" zooms out, "+" zooms in.
 *
 * API (API.md, "Timeline and community"): GET /api/v1/timeline/buckets?scale&from&to&era&starPaired&q
 * answers [{start, end, count}] for every bucket, empty ones too; GET /api/v1/timeline/moments with
 * the same filters answers {items, nextCursor}, each item a moment as GET /api/v1/moments/{id}
 * shows it (id, title, start, end, dedicatedTo, star...).
 */
document.addEventListener('DOMContentLoaded', function () {
    'use strict';
    var root = document.getElementById('timeline');
    if (!root || !window.MvDates || !window.MvApi) {
        return;
    }
    var D = window.MvDates;
    var SVG = 'http://www.w3.org/2000/svg';
    var PAGE_SIZE = 20;
    var api = root.getAttribute('data-api');
    var momentPage = root.getAttribute('data-moments');

    function byId(id) {
        return document.getElementById(id);
    }

    var chart = byId('tl-chart');
    var heading = byId('tl-window');
    var total = byId('tl-total');
    var status = byId('tl-status');
    var list = byId('tl-moments');
    var listTitle = byId('tl-list-title');
    var more = byId('tl-more');
    var empty = byId('tl-empty');
    var form = byId('timeline-filters');
    var words = byId('tl-q');
    var era = byId('tl-era');
    var starOnly = byId('tl-star');

    var state;            // {scale, from, to, era, starPaired, q}: what the address says
    var bars = [];        // the buckets drawn: {start, end, count}
    var selected = -1;    // at the scale of hours, the bar whose moments are listed
    var bucketRequest = 0; // answers to older requests than the latest are dropped
    var listRequest = 0;
    var listing = null;   // {from, to, cursor}: what the list shows, and where it goes on

    // --- the address ------------------------------------------------------------------------

    function fromAddress() {
        var p = new URLSearchParams(window.location.search);
        var scale = p.get('scale');
        var from = D.parse(p.get('from'));
        var to = D.parse(p.get('to'));
        var window_;
        if (D.SCALES.indexOf(scale) < 0) {
            window_ = D.overview();
        } else if (from < to) {
            window_ = {scale: scale, from: Math.max(from, D.RANGE_START), to: Math.min(to, D.RANGE_END)};
            if (window_.from >= window_.to || D.buckets(window_).length > 1000) {
                window_ = D.windowAround(scale, from);
            }
        } else {
            window_ = D.windowAround(scale, isNaN(from) ? Date.UTC(2000, 0, 1) : from);
        }
        var eraId = p.get('era') || '';
        window_.era = era.querySelector('option[value="' + eraId.replace(/[^a-z-]/g, '') + '"]') ? eraId : '';
        window_.starPaired = p.get('starPaired') === 'true';
        window_.q = (p.get('q') || '').trim().substring(0, 100);
        return window_;
    }

    /** The API's filters of the state (empty ones left out by MvApi.query). */
    function filters(s) {
        return {era: s.era, starPaired: s.starPaired ? 'true' : '', q: s.q};
    }

    /** The state's window and filters as the API takes them. */
    function query(s) {
        var params = {scale: s.scale, from: D.iso(s.from), to: D.iso(s.to)};
        var filter = filters(s);
        Object.keys(filter).forEach(function (name) {
            params[name] = filter[name];
        });
        return MvApi.query(params);
    }

    function address(s) {
        return window.location.pathname + query(s);
    }

    /** Shows another view, remembered in the history (Back returns to this one). */
    function go(next) {
        next.era = next.era === undefined ? state.era : next.era;
        next.starPaired = next.starPaired === undefined ? state.starPaired : next.starPaired;
        next.q = next.q === undefined ? state.q : next.q;
        state = next;
        window.history.pushState(null, '', address(state));
        show();
    }

    window.addEventListener('popstate', function () {
        state = fromAddress();
        show();
    });

    // --- what is shown ------------------------------------------------------------------------

    function show() {
        selected = -1;
        heading.textContent = D.describe(state);
        Array.prototype.forEach.call(root.querySelectorAll('.tl-scale'), function (button) {
            button.setAttribute('aria-pressed', button.getAttribute('data-scale') === state.scale ? 'true' : 'false');
        });
        byId('tl-earlier').disabled = !D.canMove(state, -1);
        byId('tl-later').disabled = !D.canMove(state, 1);
        byId('tl-zoom-in').disabled = !D.finer(state.scale);
        byId('tl-zoom-out').disabled = !D.coarser(state.scale);
        words.value = state.q;
        era.value = state.era;
        starOnly.checked = state.starPaired;
        loadBuckets();
        loadList({from: state.from, to: state.to, title: 'Moments in ' + D.describe(state)});
    }

    function say(text) {
        status.textContent = text;
    }

    function trouble(answer, what) {
        if (answer.status === 400) {
            return 'This view cannot be shown: choose a larger scale or a shorter stretch of time.';
        }
        if (answer.status === 429) {
            return 'Many requests at once: please wait a moment and try again.';
        }
        return what + ' could not be loaded (error ' + answer.status + '). Please try again.';
    }

    function loadBuckets() {
        var mine = ++bucketRequest;
        chart.classList.add('tl-loading');
        chart.setAttribute('aria-busy', 'true');
        say('');
        MvApi.get(api + '/timeline/buckets' + query(state)).then(function (answer) {
            if (mine !== bucketRequest) {
                return;
            }
            if (!answer.ok || !Array.isArray(answer.data)) {
                bars = [];
                say(trouble(answer, 'The timeline'));
            } else {
                bars = answer.data.map(function (bucket) {
                    return {start: D.parse(bucket.start), end: D.parse(bucket.end), count: Number(bucket.count) || 0};
                }).filter(function (bar) {
                    return !isNaN(bar.start) && !isNaN(bar.end);
                });
            }
            var sum = bars.reduce(function (n, bar) {
                return n + bar.count;
            }, 0);
            total.textContent = bars.length ? (sum === 1 ? '1 public moment' : sum.toLocaleString('en') + ' public moments')
                + (state.q || state.era || state.starPaired ? ' matching the filters' : '') : '';
            draw();
        }).catch(function () {
            if (mine === bucketRequest) {
                say('The timeline could not be loaded: the site could not be reached.');
            }
        }).then(function () {
            if (mine === bucketRequest) {
                chart.classList.remove('tl-loading');
                chart.removeAttribute('aria-busy');
            }
        });
    }

    // --- the chart ------------------------------------------------------------------------------

    function svg(name, attributes, parent) {
        var node = document.createElementNS(SVG, name);
        Object.keys(attributes).forEach(function (key) {
            node.setAttribute(key, attributes[key]);
        });
        if (parent) {
            parent.appendChild(node);
        }
        return node;
    }

    var drawnWidth = 0;

    function draw() {
        var hadFocus = chart.contains(document.activeElement);
        chart.textContent = '';
        drawnWidth = chart.clientWidth;
        if (!bars.length) {
            if (hadFocus) {
                chart.focus();
            }
            return;
        }
        var width = Math.max(drawnWidth, 280);
        var height = width < 560 ? 190 : 250;
        var top = 20;
        var axis = 28;
        var plot = height - top - axis;
        var slot = width / bars.length;
        var gap = Math.min(4, slot * 0.2);
        var barWidth = Math.max(1, slot - gap);
        var max = Math.max.apply(null, bars.map(function (bar) {
            return bar.count;
        })) || 1;
        var finer = D.finer(state.scale);
        var picture = svg('svg', {'class': 'tl-svg', width: width, height: height, viewBox: '0 0 ' + width + ' ' + height}, chart);
        svg('line', {'class': 'tl-axis', x1: 0, x2: width, y1: top + plot + 0.5, y2: top + plot + 0.5}, picture);

        bars.forEach(function (bar, i) {
            var x = i * slot + gap / 2;
            var h = bar.count ? Math.max(3, Math.round(bar.count / max * plot)) : 0;
            var name = D.label(state.scale, bar.start, bar.end);
            var said = name + ': ' + (bar.count === 1 ? '1 moment' : bar.count.toLocaleString('en') + ' moments');
            var g = svg('g', {'class': 'tl-bar' + (bar.count ? '' : ' tl-bar-empty') + (i === selected ? ' tl-bar-selected' : ''),
                'data-start': D.iso(bar.start), 'data-count': bar.count}, picture);
            svg('title', {}, g).textContent = said;
            svg('rect', {'class': 'tl-hit', x: x, y: top, width: barWidth, height: plot}, g);
            svg('rect', {'class': 'tl-fill', x: x, y: top + plot - h, width: barWidth, height: h, rx: Math.min(3, barWidth / 4)}, g);
            if (bar.count && barWidth >= 16) {
                svg('text', {'class': 'tl-count', x: x + barWidth / 2, y: top + plot - h - 5, 'text-anchor': 'middle'}, g)
                    .textContent = bar.count > 999 ? Math.round(bar.count / 100) / 10 + 'k' : String(bar.count);
            }
            if (bar.count) {
                g.setAttribute('tabindex', '0');
                g.setAttribute('role', 'button');
                g.setAttribute('aria-label', said + (finer ? '. Zoom in.' : '. List them.'));
                g.addEventListener('click', function () {
                    open(i);
                });
                g.addEventListener('keydown', function (event) {
                    if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        open(i);
                    }
                });
            }
        });

        // Axis labels, as many as fit.
        var every = Math.max(1, Math.ceil(bars.length * (state.scale === 'hour' ? 52 : 80) / width));
        for (var i = 0; i < bars.length; i += every) {
            var centre = Math.min(Math.max(i * slot + slot / 2, 30), width - 30);
            svg('text', {'class': 'tl-tick', x: centre, y: height - 8, 'text-anchor': 'middle', 'aria-hidden': 'true'}, picture)
                .textContent = D.tick(state.scale, bars[i].start);
        }
        if (hadFocus) {
            chart.focus();
        }
    }

    /** A bar chosen: zoom into its bucket, or at the scale of hours list its moments. */
    function open(i) {
        var bar = bars[i];
        var finer = D.finer(state.scale);
        if (finer) {
            go({scale: finer, from: bar.start, to: bar.end});
            return;
        }
        selected = i;
        Array.prototype.forEach.call(chart.querySelectorAll('.tl-bar'), function (g, j) {
            g.classList.toggle('tl-bar-selected', j === i);
        });
        loadList({from: bar.start, to: bar.end, title: 'Moments in ' + D.label(state.scale, bar.start, bar.end)});
        listTitle.scrollIntoView({block: 'nearest'});
    }

    window.addEventListener('resize', function () {
        window.clearTimeout(draw.timer);
        draw.timer = window.setTimeout(function () {
            if (chart.clientWidth !== drawnWidth) {
                draw();
            }
        }, 150);
    });

    // --- the list --------------------------------------------------------------------------

    function row(item) {
        var li = document.createElement('li');
        li.className = 'tl-moment';
        var link = document.createElement('a');
        link.className = 'tl-moment-title';
        link.dir = 'auto'; // a title in Arabic or Hebrew reads from the right
        link.href = momentPage + encodeURIComponent(item.id);
        link.textContent = item.title || 'Untitled moment';
        li.appendChild(link);
        var start = D.parse(item.start);
        var end = D.parse(item.end);
        if (!isNaN(start) && !isNaN(end)) {
            var when = document.createElement('span');
            when.className = 'tl-when';
            when.textContent = D.span(start, end);
            li.appendChild(when);
        }
        var notes = [];
        if (item.dedicatedTo) {
            notes.push('for ' + item.dedicatedTo);
        }
        if (item.star) {
            notes.push('\u2605 ' + (item.star.properName || item.star.designation || 'HIP ' + item.star.hip));
        }
        if (typeof item.likes === 'number' && item.likes > 0) {
            notes.push('\u2665 ' + item.likes.toLocaleString('en'));
        }
        if (notes.length) {
            var note = document.createElement('span');
            note.className = 'tl-notes';
            note.textContent = notes.join(' \u00B7 ');
            li.appendChild(note);
        }
        return li;
    }

    /** Lists the moments of a stretch of time from the start, or (more) goes on where it stopped. */
    function loadList(range, goOn) {
        if (!goOn) {
            listing = {from: range.from, to: range.to, cursor: null};
            listTitle.textContent = range.title;
            list.textContent = '';
            empty.hidden = true;
        }
        var mine = ++listRequest;
        more.hidden = true;
        var params = filters(state);
        params.from = D.iso(listing.from);
        params.to = D.iso(listing.to);
        params.limit = PAGE_SIZE;
        params.cursor = goOn ? listing.cursor : '';
        list.setAttribute('aria-busy', 'true');
        MvApi.get(api + '/timeline/moments' + MvApi.query(params)).then(function (answer) {
            if (mine !== listRequest) {
                return;
            }
            if (!answer.ok || !answer.data || !Array.isArray(answer.data.items)) {
                say(trouble(answer, 'The moments'));
                return;
            }
            answer.data.items.forEach(function (item) {
                list.appendChild(row(item));
            });
            listing.cursor = answer.data.nextCursor || null;
            more.hidden = !listing.cursor;
            empty.hidden = list.children.length > 0;
        }).catch(function () {
            if (mine === listRequest) {
                say('The moments could not be loaded: the site could not be reached.');
            }
        }).then(function () {
            if (mine === listRequest) {
                list.removeAttribute('aria-busy');
            }
        });
    }

    more.addEventListener('click', function () {
        loadList(null, true);
    });

    // --- controls and keys --------------------------------------------------------------------

    function centre() {
        return state.from + (state.to - state.from) / 2;
    }

    function moveBy(direction) {
        if (D.canMove(state, direction)) {
            go(D.move(state, direction));
        }
    }

    function zoomOut() {
        var coarser = D.coarser(state.scale);
        if (coarser) {
            go(D.windowAround(coarser, state.from));
        }
    }

    function zoomIn() {
        var focused = document.activeElement;
        if (focused && focused.classList && focused.classList.contains('tl-bar')) {
            open(Array.prototype.indexOf.call(chart.querySelectorAll('.tl-bar'), focused));
            return;
        }
        var finer = D.finer(state.scale);
        if (finer) {
            go(D.windowAround(finer, centre()));
        }
    }

    byId('tl-earlier').addEventListener('click', function () {
        moveBy(-1);
    });
    byId('tl-later').addEventListener('click', function () {
        moveBy(1);
    });
    byId('tl-zoom-out').addEventListener('click', zoomOut);
    byId('tl-zoom-in').addEventListener('click', zoomIn);
    Array.prototype.forEach.call(root.querySelectorAll('.tl-scale'), function (button) {
        button.addEventListener('click', function () {
            var scale = button.getAttribute('data-scale');
            go(scale === 'century' && state.scale === 'century' ? D.overview() : D.windowAround(scale, centre()));
        });
    });

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        go({scale: state.scale, from: state.from, to: state.to, q: words.value.trim().substring(0, 100),
            era: era.value, starPaired: starOnly.checked});
    });

    // Choosing an era also moves the window to it: by centuries for a long one, else by decades.
    era.addEventListener('change', function () {
        var option = era.options[era.selectedIndex];
        var next = {scale: state.scale, from: state.from, to: state.to, era: era.value,
            q: words.value.trim().substring(0, 100), starPaired: starOnly.checked};
        if (option && option.value) {
            var start = D.parse(option.getAttribute('data-start'));
            var end = D.parse(option.getAttribute('data-end'));
            next.scale = end - start > 500 * 365.25 * 864e5 ? 'century' : 'decade';
            next.from = Math.max(D.floor(start, next.scale), D.RANGE_START);
            next.to = Math.min(D.add(D.floor(end - 1, next.scale), next.scale, 1), D.RANGE_END);
        }
        go(next);
    });

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) {
            return;
        }
        // Keys typed into the filters or used in the list stay theirs.
        if (target !== document.body && !(root.contains(target) && !form.contains(target) && !byId('tl-list').contains(target))) {
            return;
        }
        if (event.key === 'ArrowLeft') {
            moveBy(-1);
        } else if (event.key === 'ArrowRight') {
            moveBy(1);
        } else if (event.key === '-' || event.key === 'Subtract') {
            zoomOut();
        } else if (event.key === '+' || event.key === 'Add') {
            zoomIn();
        } else {
            return;
        }
        event.preventDefault();
        if (!chart.contains(document.activeElement) && target !== document.body) {
            chart.focus();
        }
    });

    state = fromAddress();
    window.history.replaceState(null, '', address(state));
    show();
});
