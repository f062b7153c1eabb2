package dev.plinth.templates;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * Single-quotes a value for bash; templates call it as {@code [=shellQuote(value)]}. systemd's
 * EnvironmentFile parser joins adjacent quoted strings the same way bash does, so the same
 * quoting is also correct in the environment files the templates write.
 */
final class ShellQuote implements TemplateMethodModelEx {

    static String quote(String value) {
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException("shellQuote takes exactly one string");
        }
        return quote(scalar.getAsString());
    }
}
