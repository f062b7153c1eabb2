/**
 * One owner for every naming and format rule Plinth applies in more than one place: Plinth names,
 * regions, account ids, bucket names, keys, checksums, stack names, logical ids, host names and the
 * rest, each a {@link NameRule} holding its pattern, its extra conditions and the fix text a
 * diagnostic shows. The DSL's rules, the user-data builders (module templates) and the emit checks
 * read them here, so they cannot disagree. It imports only the JDK.
 */
package dev.plinth.names;
