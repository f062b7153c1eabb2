/**
 * The review engine of a plan: what a reviewer needs to trust a change before it is applied.
 *
 * <ul>
 *   <li>{@link dev.plinth.materializer.diff.PropertyDiff}: per resource, every changed property
 *       old → new at its nested path, whether it replaces the resource, what causes it, and
 *       which values are known only after apply;
 *   <li>{@link dev.plinth.materializer.diff.ValueDiff}: long values (policy documents,
 *       user-data) as a unified diff of their lines;
 *   <li>{@link dev.plinth.materializer.diff.AccessDiff}: IAM statements and security-group
 *       ingress rules added and removed, and whether they widen access;
 *   <li>{@link dev.plinth.materializer.diff.Banners}: the changes a reviewer must not miss
 *       (data loss, network replacement, deletion, widened access), and the reasons an
 *       approval policy counts as broadening;
 *   <li>{@link dev.plinth.materializer.diff.DiffText}: the one writer of their text.
 * </ul>
 *
 * <p>Everything here is pure: JSON trees and change-set details in, values out, the same input
 * always giving the same output in the same order.
 */
package dev.plinth.materializer.diff;
