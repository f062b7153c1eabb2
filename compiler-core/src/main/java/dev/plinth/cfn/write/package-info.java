/**
 * Deterministic writing of a template as JSON or YAML: the same template gives the same bytes on
 * any machine, locale and time zone. It imports the CloudFormation model and the manifest's
 * template format and JSON style.
 */
package dev.plinth.cfn.write;
