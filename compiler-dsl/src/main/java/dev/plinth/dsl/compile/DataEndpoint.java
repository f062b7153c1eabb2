package dev.plinth.dsl.compile;

import dev.plinth.cfn.Value;

/** The address a data service (database, cache) is reached at, for DNS records that name it. */
public record DataEndpoint(Value<String> address) {}
