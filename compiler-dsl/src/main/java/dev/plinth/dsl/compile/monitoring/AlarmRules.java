package dev.plinth.dsl.compile.monitoring;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.monitoring.ErrorRateAlarm;

/** The rules of an error-rate alarm: an application load balancer in the platform, sane thresholds. */
final class AlarmRules {
    private AlarmRules() {}

    static void check(ResolvedPlatform platform, ErrorRateAlarm alarm, Diagnostics out) {
        DslPath path = platform.path(alarm);
        if (alarm.loadBalancer().type() != LoadBalancer.Type.APPLICATION) {
            out.report(
                    DslCode.INVALID_ALARM,
                    path.child("loadBalancer"),
                    "load balancer " + alarm.loadBalancer().name()
                            + " is not an application load balancer, which the 5xx metrics come from",
                    "alarm on an application load balancer");
        }
        SharedRules.placed(platform, alarm, alarm.loadBalancer(), out);
        if (alarm.thresholdPercent() <= 0 || alarm.thresholdPercent() >= 100) {
            out.report(
                    DslCode.INVALID_ALARM,
                    path.child("thresholdPercent"),
                    alarm.thresholdPercent() + " % is not a usable error-rate threshold",
                    "choose a percentage above 0 and below 100");
        }
        if (alarm.periodSeconds() < 10
                || (alarm.periodSeconds() % 60 != 0 && alarm.periodSeconds() != 10 && alarm.periodSeconds() != 30)) {
            out.report(
                    DslCode.INVALID_ALARM,
                    path.child("periodSeconds"),
                    alarm.periodSeconds() + " s is not a CloudWatch alarm period",
                    "use 10, 30 or a multiple of 60");
        }
        if (alarm.datapointsToAlarm() < 1 || alarm.datapointsToAlarm() > alarm.evaluationPeriods()) {
            out.report(
                    DslCode.INVALID_ALARM,
                    path.child("datapointsToAlarm"),
                    alarm.datapointsToAlarm() + " breaching data points of " + alarm.evaluationPeriods()
                            + " evaluated periods can never be reached",
                    "choose from 1 to the number of evaluation periods");
        }
    }
}
