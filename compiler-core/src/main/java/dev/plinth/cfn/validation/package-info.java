/**
 * Template-level validation against the specification and CloudFormation's rules: unknown types
 * and properties, missing required properties, wrong shapes ({@link PropertyChecker}), references
 * to what does not exist and dependency cycles ({@link ReferenceChecker}), logical ids and template
 * sizes ({@link TemplateValidator}). It imports the CloudFormation model, the specification,
 * {@code dev.plinth.diagnostics}, {@code dev.plinth.names} and the manifest's limits; never the
 * compiler or the DSL.
 */
package dev.plinth.cfn.validation;
