package dev.plinth.dsl;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the DSL, applied through each package's {@code package-info}:
 * implementations hidden behind {@code builder()} on the abstract type, strict builders (a
 * value is set once), depluralized adders ({@code subnets} gives {@code addSubnet}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        strictBuilder = true,
        depluralize = true,
        depluralizeDictionary = {"tier:tiers", "listener:listeners", "environment:environments", "stack:stacks"},
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        get = {"is*", "get*"},
        defaults = @Value.Immutable(copy = false))
public @interface PlinthStyle {}
