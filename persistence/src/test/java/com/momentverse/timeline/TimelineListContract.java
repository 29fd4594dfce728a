package com.momentverse.timeline;

import com.momentverse.common.InvalidCursorException;
import com.momentverse.common.Span;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentStatus;
import com.momentverse.moment.Visibility;
import com.momentverse.timeline.TimelineDatabase.Spec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The timeline's list (keyset pages in time order, stable while moments are added) and privacy on
 * every public surface of the repository: buckets, list, text search, the earliest and latest
 * moments and the counts. Each test works in its own part of the range.
 */
abstract class TimelineListContract extends DatabaseContract {

    private static final String SECRET = "zebra";

    @Test
    void pagesGiveEveryListedMomentOnceInTimeOrderWhileMomentsAreAdded() {
        TimelineWindow window = window("1200-01-01T00:00:00Z", "1300-01-01T00:00:00Z");
        List<Spec> specs = randomMoments(new SplittableRandom(7), window, 150);
        List<Moment> written = db.insert(specs);
        List<UUID> listedBefore = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).isListed()) {
                listedBefore.add(written.get(i).getId());
            }
        }
        TimelineQuery query = TimelineQuery.ALL.over(window);
        List<Span> taken = new ArrayList<>(specs.stream().map(Spec::span).toList());

        List<Moment> seen = new ArrayList<>();
        Set<UUID> addedAhead = new HashSet<>();
        Set<UUID> addedBehind = new HashSet<>();
        TimelinePosition after = null;
        while (true) {
            TimelinePosition position = after;
            List<Moment> items = db.timeline(timeline -> timeline.list(query, position, 7));
            seen.addAll(items);
            if (items.size() < 7) {
                break;
            }
            Moment last = items.get(items.size() - 1);
            after = new TimelinePosition(last.getSpan().startEpochSecond(), last.getId());
            // Between pages others confirm moments: one before the page's end, one after it, one private.
            Spec behind = Spec.listed(free(taken, last.getSpan().startEpochSecond() - 3_600, -1));
            Spec ahead = Spec.listed(free(taken, last.getSpan().endEpochSecond() + 3_600, 1));
            if (window.to() > ahead.span().endEpochSecond()) {
                addedAhead.add(db.insert(ahead).getId());
            }
            if (window.from() <= behind.span().startEpochSecond()) {
                addedBehind.add(db.insert(behind).getId());
            }
            db.insert(Spec.listed(free(taken, last.getSpan().endEpochSecond() + 1_800, 1))
                    .with(MomentStatus.CONFIRMED, Visibility.PRIVATE, false));
        }

        List<UUID> ids = seen.stream().map(Moment::getId).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).containsAll(listedBefore).containsAll(addedAhead).doesNotContainAnyElementsOf(addedBehind);
        assertThat(ids).hasSize(listedBefore.size() + addedAhead.size());
        assertThat(seen).allSatisfy(moment -> {
            assertThat(moment.getStatus()).isEqualTo(MomentStatus.CONFIRMED);
            assertThat(moment.getVisibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(moment.isHidden()).isFalse();
        });
        assertThat(seen.stream().map(m -> m.getSpan().startEpochSecond()).toList()).isSorted();
        assertThat(addedAhead).isNotEmpty();
        assertThat(addedBehind).isNotEmpty();
    }

    @Test
    void filteredPagesAreTheFilteredMomentsInTimeOrder() {
        TimelineWindow window = window("1300-01-01T00:00:00Z", "1400-01-01T00:00:00Z");
        List<Integer> hips = db.inTransaction(em -> em.createNativeQuery("SELECT hip FROM star WHERE hip > 100000 ORDER BY hip")
                .setMaxResults(200).getResultList().stream().map(hip -> ((Number) hip).intValue()).toList());
        List<Spec> specs = new ArrayList<>(randomMoments(new SplittableRandom(11), window, 120));
        for (int i = 0; i < specs.size(); i += 3) {
            specs.set(i, specs.get(i).withStar(hips.get(i / 3)));
        }
        List<Moment> written = db.insert(specs);
        for (Boolean starPaired : new Boolean[] {null, true, false}) {
            for (String text : new String[] {null, "wedding", "ADA"}) {
                TimelineQuery query = new TimelineQuery(window, Era.MIDDLE_AGES, starPaired, text);
                List<UUID> expected = new ArrayList<>();
                for (int i = 0; i < specs.size(); i++) {
                    if (TimelineFixture.matches(specs.get(i), Era.MIDDLE_AGES, starPaired, text)) {
                        expected.add(written.get(i).getId());
                    }
                }
                assertThat(allPages(query, 5)).as("starPaired %s, q %s", starPaired, text).isEqualTo(expected);
            }
        }
    }

    @Test
    void anEraOutsideTheWindowListsNothing() {
        TimelineQuery query = new TimelineQuery(window("1300-01-01T00:00:00Z", "1400-01-01T00:00:00Z"), Era.MODERN, null, null);
        List<Moment> listed = db.timeline(timeline -> timeline.list(query, null, 10));
        assertThat(listed).isEmpty();
    }

    @Test
    void cursorsAreOpaqueAndCheckedWhenRead() {
        TimelinePosition position = new TimelinePosition(-166_273_603_200L, UUID.randomUUID());
        assertThat(TimelinePosition.fromCursor(position.toCursor())).isEqualTo(position);
        for (String bad : new String[] {"", "abc", "LTE2NjI3MzYwMzIwMA", position.toCursor() + "x"}) {
            assertThatThrownBy(() -> TimelinePosition.fromCursor(bad)).as(bad).isInstanceOf(InvalidCursorException.class);
        }
    }

    @Test
    void onlyListedMomentsAppearOnAnyPublicSurface() {
        TimelineWindow window = window("1400-01-01T00:00:00Z", "1401-01-01T00:00:00Z");
        long t = window.from();
        Spec listed = Spec.listed(Span.ofEpochSeconds(t + 10_000, t + 10_060)).withText("A " + SECRET + " in public", null, null);
        List<Spec> hiddenKinds = List.of(
                listed.with(MomentStatus.CONFIRMED, Visibility.PRIVATE, false),
                listed.with(MomentStatus.CONFIRMED, Visibility.UNLISTED, false),
                listed.with(MomentStatus.CONFIRMED, Visibility.PUBLIC, true),
                listed.with(MomentStatus.HELD, Visibility.PUBLIC, false),
                listed.with(MomentStatus.RELEASED, Visibility.PUBLIC, false));
        List<Spec> specs = new ArrayList<>();
        specs.add(listed);
        for (int i = 0; i < hiddenKinds.size(); i++) {
            Spec kind = hiddenKinds.get(i);
            // Around the listed one in time, and in its hour, day, week, month and year.
            specs.add(moved(kind, -(i + 1) * 100L));
            specs.add(moved(kind, (i + 1) * 100L));
        }
        List<Moment> written = db.insert(specs);
        UUID listedId = written.get(0).getId();

        assertOnlyThisOneIsListed(window, listedId);

        // Hiding, making private, or confirming changes what is listed, on every surface.
        db.change(listedId, Moment::hide);
        assertNothingListed(window);
        db.change(listedId, Moment::unhide);
        assertOnlyThisOneIsListed(window, listedId);
        db.change(listedId, moment -> moment.changeVisibility(Visibility.PRIVATE));
        assertNothingListed(window);
        db.change(listedId, moment -> moment.changeVisibility(Visibility.PUBLIC));
        assertOnlyThisOneIsListed(window, listedId);

        // New words are searched at once; the old ones no more.
        db.change(listedId, moment -> moment.changeText(moment.getText().with("Other words", null, null)));
        TimelineQuery secret = new TimelineQuery(window, null, null, SECRET);
        assertThat(allPages(secret, 3)).isEmpty();
        assertThat(allPages(new TimelineQuery(window, null, null, "OTHER"), 3)).containsExactly(listedId);
        assertThat(allPages(TimelineQuery.ALL.over(window), 3)).containsExactly(listedId);
    }

    @Test
    void theEndsOfTheTimelineAreListedMoments() {
        long first = Span.MIN_START.getEpochSecond();
        long last = Span.MAX_END.getEpochSecond();
        Spec early = Spec.listed(Span.ofEpochSeconds(first + 1_000, first + 1_060)).withText("The first listed", null, null);
        Spec late = Spec.listed(Span.ofEpochSeconds(last - 1_060, last - 1_000)).withText("The last listed", null, null);
        List<Spec> specs = new ArrayList<>(List.of(early, late));
        int i = 0;
        for (Spec kind : List.of(early.with(MomentStatus.CONFIRMED, Visibility.PRIVATE, false),
                early.with(MomentStatus.CONFIRMED, Visibility.UNLISTED, false),
                early.with(MomentStatus.CONFIRMED, Visibility.PUBLIC, true),
                early.with(MomentStatus.HELD, Visibility.PUBLIC, false),
                early.with(MomentStatus.RELEASED, Visibility.PUBLIC, false))) {
            specs.add(new Spec(Span.ofEpochSeconds(first + i * 100L, first + i * 100L + 50), kind.status(), kind.visibility(),
                    kind.hidden(), null, "Not listed", null, null));
            specs.add(new Spec(Span.ofEpochSeconds(last - 500 + i * 100L, last - 450 + i * 100L), kind.status(),
                    kind.visibility(), kind.hidden(), null, "Not listed", null, null));
            i++;
        }
        List<Moment> written = db.insert(specs);

        MomentSummary earliest = db.timeline(TimelineRepository::earliest).orElseThrow();
        MomentSummary latest = db.timeline(TimelineRepository::latest).orElseThrow();
        assertThat(earliest.id()).isEqualTo(written.get(0).getId());
        assertThat(earliest.title()).isEqualTo("The first listed");
        assertThat(earliest.span()).isEqualTo(early.span());
        assertThat(latest.id()).isEqualTo(written.get(1).getId());
        assertThat(latest.span()).isEqualTo(late.span());
    }

    @Test
    void theCountsCountConfirmedMomentsOfEveryVisibilityAndTheirStars() {
        MomentCounts before = db.timeline(TimelineRepository::counts);
        List<Integer> hips = db.inTransaction(em -> em.createNativeQuery("SELECT hip FROM star WHERE hip BETWEEN 50000 AND 60000"
                + " ORDER BY hip").setMaxResults(6).getResultList().stream().map(hip -> ((Number) hip).intValue()).toList());
        long t = Instant.parse("1500-01-01T00:00:00Z").getEpochSecond();
        Spec base = Spec.listed(Span.ofEpochSeconds(t, t + 60));
        db.insert(List.of(
                moved(base, 0).withStar(hips.get(0)),
                moved(base, 100).with(MomentStatus.CONFIRMED, Visibility.PRIVATE, false).withStar(hips.get(1)),
                moved(base, 200).with(MomentStatus.CONFIRMED, Visibility.UNLISTED, true),
                moved(base, 300).with(MomentStatus.HELD, Visibility.PUBLIC, false).withStar(hips.get(2)),
                moved(base, 400).with(MomentStatus.RELEASED, Visibility.PUBLIC, false).withStar(hips.get(3))));

        MomentCounts after = db.timeline(TimelineRepository::counts);
        assertThat(after.confirmedMoments() - before.confirmedMoments()).isEqualTo(3);
        assertThat(after.starsPaired() - before.starsPaired()).isEqualTo(2);
        assertThat(before.starsFree() - after.starsFree()).as("held and confirmed take stars; released do not").isEqualTo(3);
    }

    private void assertOnlyThisOneIsListed(TimelineWindow window, UUID listedId) {
        assertListed(window, List.of(listedId));
    }

    private void assertNothingListed(TimelineWindow window) {
        assertListed(window, List.of());
    }

    private void assertListed(TimelineWindow window, List<UUID> expected) {
        for (String text : new String[] {null, SECRET}) {
            TimelineQuery query = new TimelineQuery(window, null, null, text);
            assertThat(allPages(query, 3)).as("list, q %s", text).isEqualTo(expected);
            for (Scale scale : List.of(Scale.HOUR, Scale.DAY, Scale.WEEK, Scale.MONTH, Scale.YEAR, Scale.CENTURY)) {
                TimelineWindow narrow = scale == Scale.HOUR
                        ? new TimelineWindow(window.from(), window.from() + 86_400) : window;
                BucketGrid grid = BucketGrid.over(scale, narrow);
                long total = db.timeline(timeline -> timeline.buckets(grid, query.over(narrow))).stream()
                        .mapToLong(Bucket::count).sum();
                assertThat(total).as("%s buckets, q %s", scale.id(), text).isEqualTo(expected.size());
            }
        }
    }

    private List<UUID> allPages(TimelineQuery query, int limit) {
        List<UUID> ids = new ArrayList<>();
        TimelinePosition after = null;
        while (true) {
            TimelinePosition position = after;
            List<Moment> page = db.timeline(timeline -> timeline.list(query, position, limit));
            page.forEach(moment -> ids.add(moment.getId()));
            if (page.size() < limit) {
                return ids;
            }
            Moment last = page.get(page.size() - 1);
            after = new TimelinePosition(last.getSpan().startEpochSecond(), last.getId());
        }
    }

    /** Moments of every kind at random seconds of the window, far enough apart never to overlap. */
    private static List<Spec> randomMoments(SplittableRandom random, TimelineWindow window, int count) {
        long slot = (window.to() - window.from()) / count;
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = window.from() + i * slot + random.nextLong(0, slot - 86_400);
            Spec spec = Spec.listed(Span.ofEpochSeconds(start, start + random.nextLong(1, 86_401)))
                    .withText(TimelineFixture.TITLES[random.nextInt(TimelineFixture.TITLES.length)],
                            TimelineFixture.MESSAGES[random.nextInt(TimelineFixture.MESSAGES.length)],
                            TimelineFixture.RECIPIENTS[random.nextInt(TimelineFixture.RECIPIENTS.length)]);
            specs.add(switch (random.nextInt(8)) {
                case 0 -> spec.with(MomentStatus.HELD, Visibility.PUBLIC, false);
                case 1 -> spec.with(MomentStatus.CONFIRMED, Visibility.PRIVATE, false);
                case 2 -> spec.with(MomentStatus.CONFIRMED, Visibility.PUBLIC, true);
                default -> spec;
            });
        }
        return specs;
    }

    /** The first one-second span from the second on, in steps of {@code step}, that no span taken overlaps; now taken. */
    private static Span free(List<Span> taken, long second, long step) {
        for (long s = second; ; s += step) {
            Span candidate = Span.ofEpochSeconds(s, s + 1);
            if (taken.stream().noneMatch(candidate::overlaps)) {
                taken.add(candidate);
                return candidate;
            }
        }
    }

    private static Spec moved(Spec spec, long seconds) {
        Span span = Span.ofEpochSeconds(spec.span().startEpochSecond() + seconds, spec.span().endEpochSecond() + seconds);
        return new Spec(span, spec.status(), spec.visibility(), spec.hidden(), spec.starHip(), spec.title(), spec.message(),
                spec.dedicatedTo());
    }

    private static TimelineWindow window(String from, String to) {
        return TimelineWindow.of(Instant.parse(from), Instant.parse(to));
    }
}
