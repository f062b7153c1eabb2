/**
 * The list of every kind of component the compiler knows ({@link ComponentKinds}): the only package
 * that imports every kind's package, so that the core, which dispatches through the list, imports
 * none of them. A new kind adds its line here.
 */
package dev.plinth.dsl.compile.kinds;
