package dev.plinth.materializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stack policy bodies compared as JSON: CloudFormation may hand a policy back formatted differently from how it was set. */
final class StackPolicies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StackPolicies() {}

    static boolean same(String wanted, String actual) {
        if (actual == null || actual.isBlank()) {
            return false;
        }
        try {
            return JSON.readTree(wanted).equals(JSON.readTree(actual));
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
