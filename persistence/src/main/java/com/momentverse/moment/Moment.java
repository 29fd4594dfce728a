package com.momentverse.moment;

import com.momentverse.common.CalendarKeys;
import com.momentverse.common.Span;
import com.momentverse.common.StateConflictException;
import com.momentverse.star.Star;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A moment of history dedicated by its owner: a {@link Span} (stored as epoch seconds, never as
 * {@code java.util.Date}, which would shift dates before 1582), the zone the owner picked it in,
 * its {@link MomentText}, its visibility and optionally a star.
 *
 * <p>Its life: {@link MomentStatus#HELD} while its order awaits payment, then
 * {@link MomentStatus#CONFIRMED} or {@link MomentStatus#RELEASED}. The state changes are here and
 * nowhere else; that no two active moments overlap or share a star is the database's to enforce
 * (changelog 030), because only the database sees every node's claims.
 *
 * <p>The owner is kept by id: an account that is deleted leaves its certified moments behind,
 * shown as "anonymous".
 */
@Entity
@Table(name = "moment")
public class Moment {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "start_second", nullable = false, updatable = false)
    private long startSecond;

    @Column(name = "end_second", nullable = false, updatable = false)
    private long endSecond;

    @Column(name = "time_zone", length = 64, nullable = false, updatable = false)
    private String timeZone;

    @Column(name = "title", length = 240, nullable = false)
    private String title;

    @Column(name = "message", length = 2000)
    private String message;

    @Column(name = "dedicated_to", length = 240)
    private String dedicatedTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", length = 10, nullable = false)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private MomentStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "star_hip", updatable = false)
    private Star star;

    @Column(name = "premium_certificate", nullable = false, updatable = false)
    private boolean premiumCertificate;

    @Column(name = "gift_email", length = 254)
    private String giftEmail;

    @Column(name = "gift_date")
    private LocalDate giftDate;

    @Column(name = "gift_delivered_at")
    private Instant giftDeliveredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "certificate_number", length = 12)
    private String certificateNumber;

    /** Hidden by moderation: private to all but its owner and administrators, whatever its visibility. */
    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    /** The start's UTC month, {@link CalendarKeys#monthIndex(long)}: the timeline groups by it. */
    @Column(name = "start_month", nullable = false, updatable = false)
    private int startMonth;

    /** The start's UTC month and day, {@link CalendarKeys#anniversary(long)}: the moment of the day looks for it. */
    @Column(name = "anniversary", nullable = false, updatable = false)
    private int anniversary;

    // Counted by the database (UPDATE ... SET like_count = like_count + 1, see timeline.CommunityRepository), never
    // written from here: read-only, so flushing an edited moment cannot put back a stale count.
    @Column(name = "like_count", nullable = false, insertable = false, updatable = false)
    private long likeCount;

    @Column(name = "share_count", nullable = false, insertable = false, updatable = false)
    private long shareCount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Moment() {
        // for JPA
    }

    /**
     * A moment held for its owner's checkout.
     *
     * @param star null for none
     * @param gift null for none
     */
    public static Moment hold(UUID ownerId, Span span, ZoneId zone, MomentText text, Visibility visibility,
                              Star star, boolean premiumCertificate, Gift gift, Instant now) {
        Moment moment = new Moment();
        moment.id = UUID.randomUUID();
        moment.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        moment.startSecond = span.startEpochSecond();
        moment.endSecond = span.endEpochSecond();
        moment.startMonth = CalendarKeys.monthIndex(span.startEpochSecond());
        moment.anniversary = CalendarKeys.anniversary(span.startEpochSecond());
        moment.timeZone = zone.getId();
        moment.setText(text);
        moment.visibility = Objects.requireNonNull(visibility, "visibility");
        moment.star = star;
        moment.premiumCertificate = premiumCertificate;
        if (gift != null) {
            moment.giftEmail = gift.email();
            moment.giftDate = gift.date();
        }
        moment.status = MomentStatus.HELD;
        moment.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return moment;
    }

    /** Paid: HELD becomes CONFIRMED. Confirming a confirmed moment changes nothing. */
    public void confirm() {
        if (status == MomentStatus.CONFIRMED) {
            return;
        }
        if (status != MomentStatus.HELD) {
            throw new IllegalStateException("Moment " + id + " is " + status + " and cannot be confirmed");
        }
        status = MomentStatus.CONFIRMED;
    }

    /**
     * A released moment confirmed after all (a payment that arrived after its hold ran out). The
     * database refuses it if another active moment has taken the span or the star meanwhile.
     */
    public void reinstate() {
        if (status == MomentStatus.CONFIRMED) {
            return;
        }
        if (status != MomentStatus.RELEASED) {
            throw new IllegalStateException("Moment " + id + " is " + status + " and cannot be reinstated");
        }
        status = MomentStatus.CONFIRMED;
    }

    /** Gives the span and the star back. Releasing a released moment changes nothing. */
    public void release() {
        status = MomentStatus.RELEASED;
    }

    /**
     * New words for the moment.
     *
     * @throws StateConflictException once the certificate is issued, which fixes the text
     */
    public void changeText(MomentText text) {
        if (isCertified()) {
            throw new StateConflictException("The certificate is issued: the text can no longer change.");
        }
        setText(text);
    }

    /** Visibility may change at any time, also after the certificate is issued. */
    public void changeVisibility(Visibility newVisibility) {
        this.visibility = Objects.requireNonNull(newVisibility, "visibility");
    }

    /**
     * Moderation hides the moment: from now on it behaves as a private one for everyone but its
     * owner and administrators, on every surface, while it stays owned and certified.
     */
    public void hide() {
        hidden = true;
    }

    /** Moderation shows the moment again as its visibility says. */
    public void unhide() {
        hidden = false;
    }

    public boolean isHidden() {
        return hidden;
    }

    /**
     * The visibility that everyone but the owner and administrators meets: {@link Visibility#PRIVATE}
     * while the moment is hidden, else its own.
     */
    public Visibility visibilityToOthers() {
        return hidden ? Visibility.PRIVATE : visibility;
    }

    /** Whether a certificate fixes the text: once one was issued, the words stay as printed. */
    public boolean isCertified() {
        return certificateNumber != null;
    }

    /** The number of the moment's current certificate (a regeneration replaces it). */
    public void certifiedBy(String number) {
        this.certificateNumber = Objects.requireNonNull(number, "number");
    }

    /** The number of the moment's current certificate, or null before one is issued. */
    public String getCertificateNumber() {
        return certificateNumber;
    }

    /** Whether the account owns this moment (an anonymous moment has no owner). */
    public boolean isOwnedBy(UUID accountId) {
        return ownerId != null && ownerId.equals(accountId);
    }

    private void setText(MomentText text) {
        this.title = text.title();
        this.message = text.message();
        this.dedicatedTo = text.dedicatedTo();
    }

    public UUID getId() {
        return id;
    }

    /** The owner's account id, or null when the owner deleted their account. */
    public UUID getOwnerId() {
        return ownerId;
    }

    public Span getSpan() {
        return Span.ofEpochSeconds(startSecond, endSecond);
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public MomentText getText() {
        return new MomentText(title, message, dedicatedTo);
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public String getDedicatedTo() {
        return dedicatedTo;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public MomentStatus getStatus() {
        return status;
    }

    public Optional<Star> getStar() {
        return Optional.ofNullable(star);
    }

    public boolean isPremiumCertificate() {
        return premiumCertificate;
    }

    public Optional<Gift> getGift() {
        return giftEmail == null ? Optional.empty() : Optional.of(new Gift(giftEmail, giftDate));
    }

    /**
     * Whether the gift's recipient is to be mailed now: the moment is the customer's (confirmed and
     * certified), its delivery date (UTC) has come, and it was not delivered yet.
     */
    public boolean isGiftDue(LocalDate today) {
        return giftEmail != null && giftDeliveredAt == null && status == MomentStatus.CONFIRMED
                && certificateNumber != null && !giftDate.isAfter(today);
    }

    /** The recipient was mailed; a gift is delivered once. */
    public void giftDelivered(Instant now) {
        if (giftDeliveredAt == null) {
            giftDeliveredAt = now;
        }
    }

    public Optional<Instant> getGiftDeliveredAt() {
        return Optional.ofNullable(giftDeliveredAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Likes, as counted when the moment was read. */
    public long getLikeCount() {
        return likeCount;
    }

    /** Shares, as counted when the moment was read. */
    public long getShareCount() {
        return shareCount;
    }
}
