package dev.plinth.dsl.compile.monitoring;

import dev.plinth.cfn.Value;
import dev.plinth.cfn.cloudwatch.CfnAlarm;
import dev.plinth.cfn.sns.CfnTopic;
import dev.plinth.dsl.compile.LoadBalancerResources;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.monitoring.ErrorRateAlarm;
import java.util.Locale;

/**
 * An error-rate alarm becomes a CloudWatch alarm on metric math (target 5xx count over request
 * count, as a percentage) for the load balancer, notifying an SNS topic encrypted with the
 * AWS-managed key, or the topic given.
 */
final class AlarmLowering {
    private final LoweringContext context;
    private final ErrorRateAlarm alarm;

    AlarmLowering(LoweringContext context, ErrorRateAlarm alarm) {
        this.context = context;
        this.alarm = alarm;
    }

    void lower() {
        Value<String> topic = alarm.topicArn()
                .map(Value::of)
                .orElseGet(() -> context.add(
                                alarm,
                                "Topic",
                                CfnTopic.builder()
                                        .kmsMasterKeyId("alias/aws/sns")
                                        .build())
                        .ref());
        Value<String> loadBalancer = context.published(alarm.loadBalancer(), LoadBalancerResources.class)
                .balancer()
                .getAtt("LoadBalancerFullName");
        context.add(
                alarm,
                "Alarm",
                CfnAlarm.builder()
                        .alarmDescription("5xx responses of load balancer "
                                + alarm.loadBalancer().name() + " above "
                                + String.format(Locale.ROOT, "%.1f", alarm.thresholdPercent()) + " % of requests")
                        .comparisonOperator("GreaterThanThreshold")
                        .threshold(alarm.thresholdPercent())
                        .evaluationPeriods(alarm.evaluationPeriods())
                        .datapointsToAlarm(alarm.datapointsToAlarm())
                        .treatMissingData("notBreaching")
                        .alarmActions(topic)
                        .okActions(topic)
                        .metrics(
                                metric("errors", "HTTPCode_Target_5XX_Count", loadBalancer),
                                metric("requests", "RequestCount", loadBalancer),
                                CfnAlarm.MetricDataQueryProperty.builder()
                                        .id("rate")
                                        .label("5xx percentage")
                                        .expression("IF(requests > 0, 100 * errors / requests, 0)")
                                        .returnData(true)
                                        .build())
                        .build());
    }

    private CfnAlarm.MetricDataQueryProperty metric(String id, String name, Value<String> loadBalancer) {
        return CfnAlarm.MetricDataQueryProperty.builder()
                .id(id)
                .returnData(false)
                .metricStat(CfnAlarm.MetricStatProperty.builder()
                        .metric(CfnAlarm.MetricProperty.builder()
                                .namespace("AWS/ApplicationELB")
                                .metricName(name)
                                .dimensions(CfnAlarm.DimensionProperty.builder()
                                        .name("LoadBalancer")
                                        .value(loadBalancer)
                                        .build())
                                .build())
                        .period(alarm.periodSeconds())
                        .stat("Sum")
                        .build())
                .build();
    }
}
