/**
 * What a run shows and leaves behind: the terminal report (colour, progress), the Markdown and
 * JSON reports of a plan or a run, plan files, and offline template diffs. It imports the
 * materializer, its review engine ({@code diff}) and the manifest.
 */
package dev.plinth.materializer.report;
