package dev.plinth.dsl;

/** A named part of a platform that lowers to CloudFormation resources: a network, a fleet, … */
public interface Component {

    /** Unique in the platform; the root of the component's DSL path and logical ids. */
    String name();

    /** What kind of component this is, for messages ({@code network}, {@code fleet}). */
    String kind();
}
