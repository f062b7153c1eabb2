/**
 * The AWS resource specification, trimmed to facts and bundled: resource types, their
 * properties and attributes, required flags, shapes and whether a change replaces the resource.
 * Both the compiler (validation) and the materializer (plan reviews) read it. It imports only the
 * JDK, Jackson and Guava.
 */
package dev.plinth.cfn.spec;
