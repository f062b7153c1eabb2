package dev.plinth.templates;

import java.util.Map;

/**
 * The typed values of one user-data template. Implementations validate every value when they
 * are built, so that a model that exists is safe to put into a shell script.
 */
public interface UserDataModel {

    /** The template's file name in this package, for example {@code runtime-bootstrap.sh.ftl}. */
    String templateName();

    /**
     * The values the template reads, by name. Optional values that are absent are left out, so
     * the template has to test them with {@code ??}; any other missing or null value fails the
     * rendering.
     */
    Map<String, Object> templateData();
}
