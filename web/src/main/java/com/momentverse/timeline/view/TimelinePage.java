package com.momentverse.timeline.view;

import com.momentverse.timeline.Era;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/**
 * {@code /timeline}: the page is drawn by {@code timeline.js} from the API
 * ({@code /api/v1/timeline/buckets}, {@code /api/v1/timeline/moments}); the server gives it the
 * eras of its filter, which never change.
 */
@Named
@ApplicationScoped
public class TimelinePage {

    private static final List<EraOption> ERAS = Arrays.stream(Era.values()).map(EraOption::of).toList();

    public List<EraOption> getEras() {
        return ERAS;
    }
}
