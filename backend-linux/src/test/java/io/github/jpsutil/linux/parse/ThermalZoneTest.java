package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Temperature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ThermalZoneTest {
  @Test
  void tripPointsAreCutAtTheThirdUnderscoreAndOrderedByIndex() {
    List<String> listing =
        List.of(
            "temp",
            "type",
            "trip_point_10_type",
            "trip_point_10_temp",
            "trip_point_2_type",
            "trip_point_0_hyst",
            "trip_point_0_temp",
            "trip_point_0_type",
            "trip_pointX",
            "policy",
            "cdev0_trip_point");
    assertThat(ThermalZone.tripPoints(listing))
        .containsExactly("trip_point_0", "trip_point_2", "trip_point_10", "trip_pointX");
  }

  @Test
  void theLowestNumberedTripPointOfATypeWins() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("trip_point_0", "hot");
    types.put("trip_point_1", "critical");
    types.put("trip_point_2", "critical");
    types.put("trip_point_3", "");
    assertThat(ThermalZone.firstOfType(types, "critical")).contains("trip_point_1");
    assertThat(ThermalZone.firstOfType(types, "high")).isEmpty();
  }

  @Test
  void zoneTemperatureWithCriticalCopiedIntoHigh() {
    // psutil's own mock (test_emulate_class_thermal): temp 30000, one critical trip at 50000.
    assertThat(ThermalZone.parse("30000", null, "50000"))
        .contains(new Temperature("", 30.0, OptionalDouble.of(50.0), OptionalDouble.of(50.0)));
    // Divided once, whatever the number of trip points (psutil divides again per iteration).
    assertThat(ThermalZone.parse("50000\n", "85000\n", "95000\n"))
        .contains(new Temperature("", 50.0, OptionalDouble.of(85.0), OptionalDouble.of(95.0)));
  }

  @Test
  void aMissingOrMalformedTempSkipsTheZoneAndABadTripTempIsAbsent() {
    assertThat(ThermalZone.parse(null, null, "95000")).isEmpty();
    assertThat(ThermalZone.parse("N/A\n", null, "95000")).isEmpty();
    assertThat(ThermalZone.parse("45000", null, "bogus"))
        .contains(new Temperature("", 45.0, OptionalDouble.empty(), OptionalDouble.empty()));
  }
}
