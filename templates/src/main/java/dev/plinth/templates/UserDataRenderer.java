package dev.plinth.templates;

import freemarker.core.InvalidReferenceException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Renders user-data scripts from the Freemarker templates in this package.
 *
 * <p>Templates use square brackets for both tags ({@code [#if x??]}) and interpolations
 * ({@code [=x]}), so that shell {@code ${VAR}} and CloudFormation {@code ${AWS::Region}} are plain
 * text in them. Because {@code [@} starts a directive call, templates must not contain bash's
 * {@code ${array[@]}}.
 *
 * <p>Rendering is deterministic and thread-safe: all instances share one configuration that is
 * never changed after it is built.
 */
public final class UserDataRenderer {
    private static final Configuration CONFIGURATION = configuration();
    private static final Pattern TRAILING_WHITESPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);

    /** Renders the model's template; the result uses {@code \n} and ends with one newline. */
    public String render(UserDataModel model) {
        Objects.requireNonNull(model, "model");
        String templateName = model.templateName();
        StringWriter out = new StringWriter();
        try {
            Template template = CONFIGURATION.getTemplate(templateName);
            template.process(model.templateData(), out);
        } catch (InvalidReferenceException e) {
            String variable = e.getBlamedExpressionString();
            throw new UserDataRenderException(
                    templateName,
                    variable,
                    String.format(
                            "template %s, line %s: the value '%s' is missing or null; set it on the model or guard it with '??' in the template",
                            templateName, e.getLineNumber(), variable),
                    e);
        } catch (TemplateNotFoundException e) {
            throw new UserDataRenderException(
                    templateName, null, "no user-data template named " + templateName + " in dev.plinth.templates", e);
        } catch (TemplateException e) {
            throw new UserDataRenderException(
                    templateName, null, "template " + templateName + ": " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UserDataRenderException(
                    templateName, null, "template " + templateName + ": " + e.getMessage(), e);
        }
        return normalize(out.toString());
    }

    /**
     * The published outputs are compared byte for byte, so the script's bytes must not depend on
     * how a template file happens to be saved.
     */
    static String normalize(String script) {
        String unix = script.replace("\r\n", "\n").replace('\r', '\n');
        String trimmed = TRAILING_WHITESPACE.matcher(unix).replaceAll("");
        return trimmed.stripTrailing() + "\n";
    }

    private static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(UserDataRenderer.class, "/dev/plinth/templates");
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        cfg.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Same bytes on every machine: no locale grouping in numbers, no local time zone.
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setAutoFlush(false);
        // Templates are read-only classpath resources; checking them for changes is wasted work.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setSharedVariable("shellQuote", new ShellQuote());
        return cfg;
    }
}
