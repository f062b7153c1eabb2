/**
 * The emit stage: passes from a compiled platform to its published outputs in memory ({@link
 * Emit}: names, template validation, rendering measured once in the format written, the manifest,
 * the scripts and the graphs), and {@link OutputWriter}, which writes a {@link RenderedOutput} to a
 * folder whole or not at all. It imports the CloudFormation model, the compiler's frame, the
 * manifest and {@code dev.plinth.names}.
 */
package dev.plinth.compiler.emit;
