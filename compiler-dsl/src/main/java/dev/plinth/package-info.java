/**
 * The entry point to compile a platform in-process: {@link Plinth#compile} runs one pipeline from
 * the platform's definition to its rendered outputs and returns a {@link Compilation} with every
 * diagnostic; {@link CompileOptions} holds the format and the resource specification; {@link
 * PlatformCompiler} is the pipeline itself. The CLI, the benchmarks and the tests all compile
 * through it. It sits above the DSL's model and its compiler and may import both.
 */
package dev.plinth;
