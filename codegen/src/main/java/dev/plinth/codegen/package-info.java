/**
 * The build-time generator of the typed resource classes ({@code dev.plinth.cfn.<service>}) from
 * the bundled resource specification. It imports the specification and JavaPoet.
 */
package dev.plinth.codegen;
