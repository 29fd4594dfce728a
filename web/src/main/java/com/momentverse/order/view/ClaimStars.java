package com.momentverse.order.view;

import com.momentverse.common.PageRequest;
import com.momentverse.star.StarListing;
import com.momentverse.star.StarQuery;
import com.momentverse.star.StarService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The star picker of the claim page: finds available stars by what a person types (name,
 * designation, HIP number or constellation), lists the brightest available ones, and draws a
 * random one. It only offers stars; the claim page keeps the one picked.
 */
@Named
@ViewScoped
public class ClaimStars implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many stars a search suggests, and how many of the brightest are listed. */
    private static final int SUGGESTIONS = 10;
    private static final int BRIGHTEST = 8;

    @EJB
    StarService stars;

    /** What the search box holds: the label of the suggestion picked, or text being typed. */
    private String pick;
    private List<StarChoice> brightest;

    /**
     * The autoComplete's suggestions: labels of available stars matching the text, brightest
     * first. Labels (text), not objects, so the box needs no converter and any text in it renders.
     */
    public List<String> complete(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return choices(new StarQuery(text.strip(), null, null, true), SUGGESTIONS).stream()
                .map(StarChoice::getLabel).toList();
    }

    /** Shows (or refreshes) the short list of the brightest available stars. */
    public void showBrightest() {
        brightest = choices(new StarQuery(null, null, null, true), BRIGHTEST);
    }

    public void hideBrightest() {
        brightest = null;
    }

    /** A random available star, any magnitude; empty if every star is taken. */
    Optional<StarChoice> random() {
        return stars.random(null, null).map(listing -> StarChoice.of(listing.star()));
    }

    /** The star with this HIP number if it exists and is free. */
    Optional<StarChoice> available(int hip) {
        return stars.find(hip).filter(StarListing::available).map(listing -> StarChoice.of(listing.star()));
    }

    /** The HIP number of the suggestion just picked, and an empty box again; null when it holds no suggestion. */
    Integer takePick() {
        Integer hip = StarChoice.hipOfLabel(pick);
        pick = null;
        return hip;
    }

    private List<StarChoice> choices(StarQuery query, int limit) {
        return stars.search(query, PageRequest.first(limit)).items().stream()
                .filter(StarListing::available).map(listing -> StarChoice.of(listing.star())).toList();
    }

    public String getPick() {
        return pick;
    }

    public void setPick(String pick) {
        this.pick = pick;
    }

    public List<StarChoice> getBrightest() {
        return brightest;
    }
}
