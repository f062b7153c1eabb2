/**
 * The user-data scripts: one typed model per Freemarker template (bastion, runtime bootstrap, ECS
 * instance, Mesos master, agent and monitoring), each builder refusing a value that would not be
 * safe in a shell script, and {@link UserDataRenderer}. It imports Freemarker, and
 * {@code dev.plinth.names} for its naming rules; never the DSL.
 */
package dev.plinth.templates;
