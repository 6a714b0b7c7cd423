package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.MalformedDataException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PowerSupplyBatteryTest {
  private static final String DIR = "/sys/class/power_supply/BAT0";
  private static final SysfsAttribute AC_ON =
      new SysfsAttribute("/sys/class/power_supply/AC/online", "1\n");
  private static final SysfsAttribute AC_OFF =
      new SysfsAttribute("/sys/class/power_supply/AC/online", "0\n");

  private static Optional<Battery> parse(Map<String, String> attributes, SysfsAttribute ac) {
    return PowerSupplyBattery.parse(DIR, attributes, ac);
  }

  private static Battery known(double percent, long secs, Boolean plugged) {
    return new Battery(
        percent, BatteryTime.KNOWN, OptionalLong.of(secs), Optional.ofNullable(plugged));
  }

  private static Battery unknown(double percent, Boolean plugged) {
    return new Battery(
        percent, BatteryTime.UNKNOWN, OptionalLong.empty(), Optional.ofNullable(plugged));
  }

  private static Battery unlimited(double percent) {
    return new Battery(percent, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true));
  }

  @Test
  void theBatteryIsTheSmallestBatNameOrAnyNameWithBattery() {
    assertThat(PowerSupplyBattery.batteryName(List.of("AC", "BAT1", "BAT0"))).contains("BAT0");
    assertThat(PowerSupplyBattery.batteryName(List.of("hidpp_battery_0", "BAT0", "AC")))
        .contains("BAT0");
    assertThat(PowerSupplyBattery.batteryName(List.of("ADP1", "cw2015-Battery")))
        .contains("cw2015-Battery");
    assertThat(PowerSupplyBattery.batteryName(List.of("AC", "ucsi-source-psy-USBC000:001")))
        .isEmpty();
    assertThat(PowerSupplyBattery.batteryName(List.of("bat0"))).isEmpty(); // BAT is case-sensitive
  }

  @Test
  void dischargingFromEnergyAndPower() {
    // 100 * 30 Wh / 45 Wh; 30 Wh / 10 W = 3 h.
    Map<String, String> a =
        Map.of(
            "energy_now",
            "30000000\n",
            "energy_full",
            "45000000\n",
            "power_now",
            "10000000\n",
            "capacity",
            "66\n",
            "status",
            "Discharging\n");
    assertThat(parse(a, AC_OFF)).contains(known(100.0 * 30000000 / 45000000, 10800, false));
    assertThat(parse(a, null)).contains(known(100.0 * 30000000 / 45000000, 10800, false));
  }

  @Test
  void chargeAndCurrentWhenThereIsNoEnergy() {
    // 2.5 Ah of 4 Ah; discharging at -1.5 A (negative while discharging: psutil gh-2605).
    Map<String, String> a =
        Map.of(
            "charge_now",
            "2500000\n",
            "charge_full",
            "4000000\n",
            "current_now",
            "-1500000\n",
            "status",
            "Discharging\n");
    assertThat(parse(a, null)).contains(known(62.5, 6000, false));
  }

  @Test
  void energyWinsOverChargeWhenBothExist() {
    Map<String, String> a =
        Map.of(
            "energy_now",
            "10\n",
            "energy_full",
            "40\n",
            "charge_now",
            "30\n",
            "charge_full",
            "40\n",
            "power_now",
            "36\n");
    assertThat(parse(a, AC_OFF)).contains(known(25.0, 1000, false));
  }

  @Test
  void pluggedInIsUnlimitedAndNeedsNoPowerReading() {
    Map<String, String> a =
        Map.of("energy_now", "30000000\n", "energy_full", "45000000\n", "power_now", "garbage\n");
    assertThat(parse(a, AC_ON)).contains(unlimited(100.0 * 30000000 / 45000000));
  }

  @Test
  void statusDecidesWhenThereIsNoAcAdapter() {
    Map<String, String> base = Map.of("capacity", "88\n");
    assertThat(parse(with(base, "status", "Charging\n"), null)).contains(unlimited(88));
    assertThat(parse(with(base, "status", "Full\n"), null)).contains(unlimited(88));
    assertThat(parse(with(base, "status", "discharging"), null)).contains(unknown(88, false));
    assertThat(parse(with(base, "status", "Not charging\n"), null)).contains(unknown(88, null));
    assertThat(parse(with(base, "status", "???"), null)).contains(unknown(88, null));
    assertThat(parse(base, null)).contains(unknown(88, null));
  }

  @Test
  void anAcOnlineOtherThanOneIsNotPlugged() {
    SysfsAttribute two = new SysfsAttribute("/sys/class/power_supply/AC0/online", "2\n");
    assertThat(parse(Map.of("capacity", "50\n", "status", "Charging\n"), two))
        .contains(unknown(50, false));
  }

  @Test
  void capacityWhenTheEnergyPairIsIncomplete() {
    // psutil test_emulate_energy_full_not_avail: no *_full → capacity.
    assertThat(parse(Map.of("energy_now", "1\n", "capacity", "88\n"), AC_ON))
        .contains(unlimited(88));
    assertThat(parse(Map.of("capacity", "88\n"), AC_OFF)).contains(unknown(88, false));
  }

  @Test
  void noPercentAtAllIsNoBattery() {
    assertThat(parse(Map.of("status", "Discharging\n"), AC_OFF)).isEmpty();
    assertThat(parse(Map.of("energy_full", "45000000\n"), AC_OFF)).isEmpty();
    assertThat(parse(Map.of("capacity", "-1\n"), AC_OFF)).isEmpty();
  }

  @Test
  void energyFullZeroIsZeroPercentAndPowerZeroIsUnknown() {
    // psutil test_emulate_energy_full_0 and the ZeroDivisionError branch of secsleft.
    Map<String, String> a = Map.of("energy_now", "5\n", "energy_full", "0\n", "power_now", "0\n");
    assertThat(parse(a, AC_OFF)).contains(unknown(0.0, false));
  }

  @Test
  void timeToEmptyIsSecondsWhenThereIsNoPower() {
    Map<String, String> a = Map.of("capacity", "71\n", "time_to_empty_now", "120\n");
    // Seconds, as the kernel ABI documents (psutil would report 120 * 60).
    assertThat(parse(a, AC_OFF)).contains(known(71, 120, false));
    assertThat(parse(with(a, "time_to_empty_now", "-1\n"), AC_OFF)).contains(unknown(71, false));
    // energy_now without power: time_to_empty_now is used.
    assertThat(parse(with(a, "energy_now", "10\n"), AC_OFF)).contains(known(71, 120, false));
  }

  @Test
  void neverMoreThanHundredPercentNeverNegativeSeconds() {
    Map<String, String> worn =
        Map.of("energy_now", "46000000\n", "energy_full", "45000000\n", "power_now", "1\n");
    assertThat(parse(worn, AC_ON)).contains(unlimited(100));
    Map<String, String> negative =
        Map.of("energy_now", "-3600\n", "capacity", "40\n", "power_now", "1\n");
    assertThat(parse(negative, AC_OFF)).contains(unknown(40, false));
  }

  @Test
  void malformedValuesThatAreUsedAreErrorsNamingTheFile() {
    assertThatThrownBy(() -> parse(Map.of("energy_now", "abc\n", "energy_full", "1\n"), AC_OFF))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(DIR + "/energy_now: expected an integer, got 'abc'");
    assertThatThrownBy(() -> parse(Map.of("capacity", "eighty\n"), AC_OFF))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(DIR + "/capacity: expected a number, got 'eighty'");
    assertThatThrownBy(() -> parse(Map.of("capacity", "-5\n"), AC_OFF))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageStartingWith(DIR + "/capacity: expected a percent >= 0");
    assertThatThrownBy(
            () -> parse(Map.of("capacity", "5\n", "power_now", "1\n", "energy_now", "x"), AC_OFF))
        .hasMessage(DIR + "/energy_now: expected an integer, got 'x'");
    assertThatThrownBy(
            () -> parse(Map.of("capacity", "5\n"), new SysfsAttribute("/x/AC/online", "yes\n")))
        .hasMessage("/x/AC/online: expected an integer, got 'yes'");
    assertThatThrownBy(() -> parse(Map.of("energy_now", "-1\n", "energy_full", "10\n"), AC_OFF))
        .hasMessageStartingWith(DIR + "/energy_now: expected a charge >= 0");
    assertThatThrownBy(
            () ->
                parse(
                    Map.of("capacity", "5\n", "time_to_empty_now", "99999999999999999999"), AC_OFF))
        .hasMessageStartingWith(DIR + "/time_to_empty_now: expected an integer");
  }

  @Test
  void psutilSecsLeftCodes() {
    assertThat(parse(Map.of("capacity", "5\n"), AC_ON).orElseThrow().psutilSecsLeft())
        .isEqualTo(-2);
    assertThat(parse(Map.of("capacity", "5\n"), AC_OFF).orElseThrow().psutilSecsLeft())
        .isEqualTo(-1);
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    var m = new java.util.HashMap<>(base);
    m.put(key, value);
    return m;
  }
}
