package com.momentverse.certificate.jasper;

import java.io.IOException;
import java.io.InputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The two certificate designs, compiled at build time (jasperreports-plugin, see the ejb pom)
 * and read once from {@code certificate/*.jasper} on the class path. A {@link JasperReport} is
 * immutable once loaded and may be filled by many threads at once.
 */
final class CompiledTemplates {

    private static final JasperReport STANDARD = load("certificate/certificate-standard.jasper");
    private static final JasperReport PREMIUM = load("certificate/certificate-premium.jasper");

    private CompiledTemplates() {
    }

    static JasperReport of(boolean premium) {
        return premium ? PREMIUM : STANDARD;
    }

    private static JasperReport load(String resource) {
        try (InputStream in = CompiledTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Compiled certificate template missing: " + resource
                        + " (the build compiles src/main/jasperreports/*.jrxml)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Cannot read the certificate template " + resource, e);
        }
    }
}
