/**
 * The compiler's frame, below any front end: the {@link Pipeline} of {@link CompilerPass}es, the
 * {@link CompiledPlatform} a front end produces (its stacks, {@link StackTemplate}, and scripts),
 * logical ids, and {@link CrossStackWiring}, which turns a reference from one stack to another into
 * an output, a parameter and an edge of the manifest. It imports the CloudFormation model,
 * {@code dev.plinth.diagnostics} and the manifest; never the DSL.
 */
package dev.plinth.compiler;
