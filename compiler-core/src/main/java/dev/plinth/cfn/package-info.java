/**
 * The CloudFormation model: {@link Template}, resources, parameters, outputs, conditions, mappings
 * and typed intrinsic functions ({@link Fn}, {@link Intrinsic}) that hold the objects they refer to,
 * not their names. Generated resource classes ({@code dev.plinth.cfn.<service>}) extend {@link
 * Resource}. It knows nothing of the compiler, the DSL or the manifest: it imports only the JDK,
 * Guava, {@code dev.plinth.diagnostics} and its own subpackages.
 */
package dev.plinth.cfn;
