/**
 * Convergence of AWS to a compiled folder with CloudFormation change sets, as
 * {@code design/materializer.md} describes: preflight checks, the survey of deployed stacks, the
 * stack DAG, change sets, protection, plans and plan files, approval, identity and credentials. It
 * reads the compiled outputs only: it imports the manifest, the resource specification, the AWS SDK,
 * Jackson and Guava, and its own subpackages; never the compiler or the DSL.
 */
package dev.plinth.materializer;
