@dev.plinth.dsl.PlinthStyle
package dev.plinth.dsl.monitoring;
