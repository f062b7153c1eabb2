@PlinthStyle
package dev.plinth.dsl;
