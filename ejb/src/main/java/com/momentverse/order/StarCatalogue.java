package com.momentverse.order;

import com.momentverse.common.InvalidInputException;
import com.momentverse.star.Star;
import com.momentverse.star.StarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The star a quote or an order names, or a field error a client can show. */
@ApplicationScoped
public class StarCatalogue {

    @Inject
    StarRepository stars;

    /**
     * @throws InvalidInputException for field {@code starHip} when the catalogue has no such star
     */
    public Star require(int hip) {
        return stars.find(hip).orElseThrow(() -> new InvalidInputException("starHip", "UNKNOWN_STAR",
                "is not a star of the catalogue (Hipparcos stars to magnitude 8)"));
    }
}
