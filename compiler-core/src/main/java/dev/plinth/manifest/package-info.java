/**
 * The manifest as a contract: {@code manifest.json} of a compiled platform/environment, the one
 * thing the compiler hands to whatever deploys it. This package owns the model ({@link
 * dev.plinth.manifest.Manifest}), its JSON reading and writing, its JSON Schema
 * ({@code manifest.schema.json}), and the facts about stacks that both sides must agree on: the
 * ownership tags and the stack name of a platform's stack. The compiler writes a manifest with
 * it; the materializer reads nothing of the compiler but this package and the resource
 * specification. It may import only the JDK, Jackson and Guava (and, until the template format
 * and the JSON layout move here, {@code dev.plinth.cfn.write}'s {@code TemplateWriter.Format} and
 * {@code JsonStyle}); never {@code dev.plinth.compiler} or the CloudFormation model.
 */
package dev.plinth.manifest;
