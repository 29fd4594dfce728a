package com.momentverse.ops.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;

/**
 * The terms, privacy and refund-policy pages' texts, from configuration ({@code mv.legal.terms},
 * {@code mv.legal.privacy}, {@code mv.legal.refund-policy}), so the operator's lawyer, not a
 * release, changes them. A blank line starts a new paragraph; the text is shown escaped.
 */
@Named
@ApplicationScoped
public class LegalPages {

    @Inject
    @ConfigProperty(name = "mv.legal.terms")
    String terms;

    @Inject
    @ConfigProperty(name = "mv.legal.privacy")
    String privacy;

    @Inject
    @ConfigProperty(name = "mv.legal.refund-policy")
    String refundPolicy;

    public List<String> getTerms() {
        return paragraphs(terms);
    }

    public List<String> getPrivacy() {
        return paragraphs(privacy);
    }

    public List<String> getRefundPolicy() {
        return paragraphs(refundPolicy);
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.replace("\\n", "\n").split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
