package com.momentverse.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The archive every integration test deploys: the EAR exactly as the build packaged it
 * ({@code ear/target/momentverse.ear}), never one assembled class by class.
 */
public final class Deployments {

    public static final String WEB_MODULE = "web.war";

    private Deployments() {
    }

    /** The packaged EAR, for black-box tests. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("mv.it.ear")));
    }

    /**
     * The packaged EAR with the given package of in-container tests added to its web module,
     * which Arquillian then runs the tests in.
     */
    public static EnterpriseArchive earWithTests(Package tests) {
        EnterpriseArchive ear = ear();
        WebArchive web;
        try (InputStream in = ear.get(WEB_MODULE).getAsset().openStream()) {
            web = ShrinkWrap.create(ZipImporter.class, WEB_MODULE).importFrom(in).as(WebArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        web.addPackage(tests);
        ear.delete(WEB_MODULE);
        ear.addAsModule(Testable.archiveToTest(web));
        return ear;
    }

}
