/**
 * The {@code plinth} command (picocli): a thin shell over the public APIs ({@link
 * dev.plinth.Plinth} to compile, the materializer to plan and apply), with its exit codes, prompts
 * and terminal output. It may import every module.
 */
package dev.plinth.cli;
