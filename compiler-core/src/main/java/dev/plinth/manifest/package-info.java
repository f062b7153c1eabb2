/**
 * The manifest as a contract: {@code manifest.json} of a compiled platform/environment, the one
 * thing the compiler hands to whatever deploys it. This package owns the model ({@link
 * dev.plinth.manifest.Manifest}), its JSON reading and writing ({@link
 * dev.plinth.manifest.JsonStyle}, the layout of every JSON file Plinth writes), its JSON Schema
 * ({@code manifest.schema.json}), and the facts about stacks both sides must agree on: the
 * ownership tags and the stack name of a platform's stack, the template formats, CloudFormation's
 * template limits, and which resources are protected ({@link dev.plinth.manifest.Protection}).
 * The compiler writes a manifest with it; the materializer reads nothing of the compiler but this
 * package and the resource specification. It may import only the JDK, Jackson and Guava: never
 * {@code dev.plinth.compiler} or the CloudFormation model, which import it.
 */
package dev.plinth.manifest;
