package dev.plinth.dsl.compile.monitoring;

import dev.plinth.dsl.compile.ComponentKind;
import dev.plinth.dsl.compile.ComponentLowering;
import dev.plinth.dsl.compile.ComponentLowering.Stage;
import dev.plinth.dsl.monitoring.ErrorRateAlarm;

/** The monitoring kinds: alarms on what the platform's components publish. */
public final class MonitoringKinds {
    private MonitoringKinds() {}

    public static final ComponentKind<ErrorRateAlarm> ERROR_RATE_ALARM = ComponentKind.of(ErrorRateAlarm.class)
            .stage(Stage.TARGETS)
            .rules(AlarmRules::check)
            .lowering((context, alarm) -> ComponentLowering.of(new AlarmLowering(context, alarm)::lower))
            .build();
}
