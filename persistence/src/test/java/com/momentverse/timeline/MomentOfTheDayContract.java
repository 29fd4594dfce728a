package com.momentverse.timeline;

import com.momentverse.common.Span;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentStatus;
import com.momentverse.moment.Visibility;
import com.momentverse.timeline.TimelineDatabase.Spec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moment of the day: the listed moment with the most likes given during the previous UTC day,
 * else one whose anniversary it is, recorded at the first ask so that it stays all day; never a
 * moment that is not listed. Each test picks for days of its own, and anniversaries no other test
 * uses.
 */
abstract class MomentOfTheDayContract extends DatabaseContract {

    @Test
    void theMostLikedListedMomentOfThePreviousDayWins() {
        LocalDate day = LocalDate.parse("2031-05-17");
        Moment a = listedOn("1601-02-03T10:00:00Z");
        Moment b = listedOn("1701-02-03T10:00:00Z");
        Moment hidden = db.insert(Spec.listed(span("1801-02-03T10:00:00Z")).with(MomentStatus.CONFIRMED, Visibility.PUBLIC, true));
        Moment unlisted = db.insert(Spec.listed(span("1801-02-04T10:00:00Z")).with(MomentStatus.CONFIRMED, Visibility.UNLISTED, false));
        Instant yesterday = day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        likes(a, 2, yesterday);
        likes(b, 3, yesterday.plusSeconds(86_399));
        likes(hidden, 6, yesterday);
        likes(unlisted, 6, yesterday);
        likes(a, 10, yesterday.plusSeconds(86_400)); // today: does not count
        likes(a, 10, yesterday.minusSeconds(1)); // the day before: does not count

        DailyPick pick = db.timeline(timeline -> timeline.pickOfTheDay(day, Instant.now()));

        assertThat(pick.momentId()).isEqualTo(b.getId());
        assertThat(pick.reason()).isEqualTo(DailyPick.Reason.LIKES);
        assertThat(pick.day()).isEqualTo(day);
    }

    @Test
    void aTieGoesToTheEarlierMoment() {
        LocalDate day = LocalDate.parse("2031-06-20");
        Moment later = listedOn("1602-02-03T10:00:00Z");
        Moment earlier = listedOn("-0500-02-03T10:00:00Z");
        Instant yesterday = day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        likes(later, 4, yesterday.plusSeconds(3_600));
        likes(earlier, 4, yesterday.plusSeconds(7_200));

        assertThat(db.timeline(timeline -> timeline.pickOfTheDay(day, Instant.now())).momentId()).isEqualTo(earlier.getId());
    }

    @Test
    void theChoiceIsRecordedAndStaysAllDay() {
        LocalDate day = LocalDate.parse("2031-08-09");
        Moment first = listedOn("1603-02-03T10:00:00Z");
        Moment second = listedOn("1703-02-03T10:00:00Z");
        Instant yesterday = day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        likes(first, 2, yesterday);
        DailyPick pick = db.timeline(timeline -> timeline.pickOfTheDay(day, Instant.now()));
        assertThat(pick.momentId()).isEqualTo(first.getId());

        // Later that day: more likes for another moment, even given "yesterday" (a clock skew),
        // and the first moment's likes taken back. The moment of the day stays.
        likes(second, 5, yesterday.plusSeconds(10));
        List<UUID> likers = db.inTransaction(em -> em.createNativeQuery("SELECT account_id FROM moment_like WHERE moment_id = :m")
                .setParameter("m", first.getId()).getResultList().stream().map(TimelineDatabase::uuid).toList());
        likers.forEach(account -> db.community(community -> community.unlike(first.getId(), account)));

        assertThat(db.<DailyPick>timeline(timeline -> timeline.pickOfTheDay(day, Instant.now()))).isEqualTo(pick);
        assertThat(db.timeline(timeline -> timeline.choose(day)).momentId()).as("asked afresh, it would differ")
                .isEqualTo(second.getId());
    }

    @Test
    void withoutLikesAnAnniversaryChosenByTheYear() {
        // 4 July: three listed moments of that date (UTC), in time order; others are not candidates.
        Moment bce = listedOn("-0500-07-04T00:00:00Z");
        Moment revolution = listedOn("1776-07-04T12:00:00Z");
        Moment lastSecond = listedOn("1990-07-04T23:59:59Z");
        listedOn("1990-07-05T00:00:00Z");
        listedOn("1990-07-03T23:59:59Z");
        db.insert(Spec.listed(span("1800-07-04T08:00:00Z")).with(MomentStatus.CONFIRMED, Visibility.PRIVATE, false));
        db.insert(Spec.listed(span("1801-07-04T08:00:00Z")).with(MomentStatus.CONFIRMED, Visibility.PUBLIC, true));
        db.insert(Spec.listed(span("1802-07-04T08:00:00Z")).with(MomentStatus.HELD, Visibility.PUBLIC, false));

        // 2031 = 3 * 677: the first; 2032: the second; 2033: the third.
        assertThat(pick("2031-07-04")).isEqualTo(new DailyPick(LocalDate.parse("2031-07-04"), bce.getId(),
                DailyPick.Reason.ANNIVERSARY));
        assertThat(pick("2032-07-04").momentId()).isEqualTo(revolution.getId());
        assertThat(pick("2033-07-04").momentId()).isEqualTo(lastSecond.getId());
    }

    @Test
    void withoutLikesOrAnniversariesThereIsNone() {
        db.insert(Spec.listed(span("1850-11-23T08:00:00Z")).with(MomentStatus.CONFIRMED, Visibility.PRIVATE, false));
        DailyPick none = pick("2031-11-23");
        assertThat(none).isEqualTo(new DailyPick(LocalDate.parse("2031-11-23"), null, DailyPick.Reason.NONE));

        listedOn("1851-11-23T08:00:00Z");
        assertThat(pick("2031-11-23")).as("recorded: the same all day").isEqualTo(none);
        assertThat(pick("2032-11-23").reason()).isEqualTo(DailyPick.Reason.ANNIVERSARY);
    }

    private DailyPick pick(String day) {
        return db.timeline(timeline -> timeline.pickOfTheDay(LocalDate.parse(day), Instant.now()));
    }

    private Moment listedOn(String start) {
        return db.insert(Spec.listed(span(start)));
    }

    private static Span span(String start) {
        Instant at = Instant.parse(start);
        return Span.of(at, at.plusSeconds(1));
    }

    /** Likes of the moment by new accounts, given at the instant. */
    private void likes(Moment moment, int count, Instant at) {
        for (int i = 0; i < count; i++) {
            UUID account = db.account("Liker");
            assertThat(db.<Boolean>community(community -> community.like(moment.getId(), account, at))).isTrue();
        }
    }
}
