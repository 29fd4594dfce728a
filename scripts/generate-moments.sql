-- Fills a MomentVerse database with confirmed moments for benchmarks of the timeline
-- (README, "Timeline"). PostgreSQL only, run with psql on a database migrated by the
-- application's changelog and holding no moments yet:
--
--   psql -h 127.0.0.1 -U postgres -d tl_bench -v moments=1000000 -f scripts/generate-moments.sql
--
-- -v moments=N sets how many (default 1,000,000). What it writes:
--   * 1,000 accounts bench-N@example.test that own the moments (they cannot sign in);
--   * moments spread over 3300 BCE - 2100 CE: 15 % evenly over the whole range, 85 % denser and
--     denser towards 2030 (t = 2030 - (2030 - (-3300)) * u^3 for u uniform in [0, 1)): about
--     a quarter start after 1900, a third before 1 CE;
--   * 1 s to 24 h long (mostly short), never overlapping: each ends at the latest where the next
--     starts, as the exclusion constraint of changelog 030 demands;
--   * all CONFIRMED; 70 % PUBLIC, 15 % UNLISTED, 15 % PRIVATE, and 0.5 % hidden by moderation;
--   * 3.5 % paired with a star, each star at most once (the catalogue has 41,411);
--   * words from small vocabularies, so a text search can match many moments ("the", "wedding")
--     or a handful (a recipient's full name, a "#12345" tag in the message);
--   * the calendar keys start_month and anniversary as the application computes them
--     (com.momentverse.common.CalendarKeys; PostgreSQL numbers 1 BCE as year -1, hence + 1).
-- The timeline's counts and words (changelog 060) are rebuilt once at the end rather than by the
-- trigger for each row. Takes a few minutes for a million moments on two cores.

\set ON_ERROR_STOP on
\if :{?moments}
\else
    \set moments 1000000
\endif

SELECT count(*) = 0 AS empty FROM moment \gset
\if :empty
\else
    \echo 'The database already has moments: run this on a freshly migrated database.'
    \quit
\endif

\timing on
BEGIN;

INSERT INTO account (id, name, email, email_key, password_hash, email_verified, admin, disabled, created_at,
                     credentials_version, version)
SELECT gen_random_uuid(), 'Bench ' || n, 'bench-' || n || '@example.test', 'bench-' || n || '@example.test',
       'not a password hash', true, false, false, now(), 0, 0
FROM generate_series(1, 1000) AS n
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE bench_owner ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY email) - 1 AS n, id FROM account WHERE email LIKE 'bench-%@example.test';

-- Distinct starts; a few more are drawn than asked, duplicates are dropped, the rest cut to size.
CREATE TEMP TABLE bench_start ON COMMIT DROP AS
SELECT start_second FROM (
    SELECT DISTINCT CASE WHEN random() < 0.15
                         THEN floor(-166273603200 + random() * (4133980800 - 1 + 166273603200))
                         ELSE floor(1893456000 - (1893456000 + 166273603200) * power(random(), 3))
                    END::bigint AS start_second
    FROM generate_series(1, (:moments * 1.02)::int)
) drawn
ORDER BY random()
LIMIT :moments;

CREATE TEMP TABLE bench_moment ON COMMIT DROP AS
SELECT start_second,
       LEAST(start_second + 1 + floor(86399 * power(random(), 4))::bigint,
             lead(start_second, 1, 4133980800) OVER (ORDER BY start_second)) AS end_second,
       random() AS visibility_draw,
       random() < 0.005 AS hidden,
       random() < 0.035 AS with_star,
       floor(random() * 1000)::int AS owner_n,
       to_timestamp(start_second) AT TIME ZONE 'UTC' AS utc
FROM bench_start;

CREATE TEMP TABLE bench_star ON COMMIT DROP AS
SELECT hip, row_number() OVER (ORDER BY random()) AS rank FROM star;

CREATE TEMP TABLE bench_starred ON COMMIT DROP AS
SELECT start_second, row_number() OVER (ORDER BY random()) AS rank FROM bench_moment WHERE with_star;

ALTER TABLE moment DISABLE TRIGGER moment_timeline_insert_delete;

INSERT INTO moment (id, owner_id, start_second, end_second, time_zone, title, message, dedicated_to, visibility,
                    status, star_hip, premium_certificate, created_at, version, hidden, like_count, share_count,
                    start_month, anniversary)
SELECT gen_random_uuid(),
       o.id,
       m.start_second,
       m.end_second,
       (ARRAY['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Africa/Cairo', 'Australia/Sydney'])[1 + floor(random() * 6)::int],
       (ARRAY['The day', 'The night', 'Our first', 'A quiet', 'The last', 'A bright', 'My favourite', 'The golden'])[1 + floor(random() * 8)::int]
           || ' ' || (ARRAY['wedding', 'sunrise', 'birthday', 'journey', 'kiss', 'harvest', 'graduation', 'concert',
                            'voyage', 'promise', 'dance', 'storm', 'garden', 'letter', 'festival', 'lantern'])[1 + floor(random() * 16)::int],
       CASE WHEN random() < 0.6 THEN 'Remembering this moment together, #' || floor(random() * 100000)::int END,
       CASE WHEN random() < 0.8
            THEN initcap((ARRAY['a', 'be', 'ca', 'do', 'el', 'fa', 'gi', 'ha', 'io', 'ju', 'ka', 'li', 'ma', 'no', 'ol', 'pa', 'ri', 'sa', 'to', 'vi'])[1 + floor(random() * 20)::int]
                         || (ARRAY['na', 'ra', 'lo', 'me', 'ni', 'sa', 'ta', 'vo', 'ri', 'le', 'da', 'mi', 'no', 'ka', 'li', 'ne', 'ro', 'sy', 'ze', 'ly'])[1 + floor(random() * 20)::int])
                 || ' ' || (ARRAY['Smith', 'Garcia', 'Müller', 'Rossi', 'Dubois', 'Nowak', 'Silva', 'Kim', 'Sato', 'Cohen',
                                  'Ivanova', 'Okafor', 'Haddad', 'Novak', 'Jensen', 'Murphy', 'Costa', 'Singh', 'Chen', 'Larsen'])[1 + floor(random() * 20)::int]
       END,
       CASE WHEN m.visibility_draw < 0.70 THEN 'PUBLIC' WHEN m.visibility_draw < 0.85 THEN 'UNLISTED' ELSE 'PRIVATE' END,
       'CONFIRMED',
       s.hip,
       random() < 0.2,
       now() - random() * interval '365 days',
       0,
       m.hidden,
       0,
       0,
       (CASE WHEN extract(year FROM m.utc) < 0 THEN extract(year FROM m.utc) + 1 ELSE extract(year FROM m.utc) END)::int * 12
           + extract(month FROM m.utc)::int - 1,
       extract(month FROM m.utc)::int * 100 + extract(day FROM m.utc)::int
FROM bench_moment m
JOIN bench_owner o ON o.n = m.owner_n
LEFT JOIN bench_starred r ON r.start_second = m.start_second
LEFT JOIN bench_star s ON s.rank = r.rank;

ALTER TABLE moment ENABLE TRIGGER moment_timeline_insert_delete;

-- The timeline's counts and words, as the trigger would have kept them.
SELECT timeline_rebuild();

COMMIT;

VACUUM ANALYZE moment;
VACUUM ANALYZE timeline_month_count;
VACUUM ANALYZE timeline_year_count;
VACUUM ANALYZE timeline_text;

SELECT count(*) AS moments,
       count(*) FILTER (WHERE listed) AS listed,
       count(star_hip) AS with_star,
       count(*) FILTER (WHERE start_second >= -2208988800) AS since_1900,
       count(*) FILTER (WHERE start_second < -62135596800) AS before_1_ce
FROM moment;
