package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SysfsNumberTest {
  @Test
  void integersAsTheKernelWritesThem() {
    assertThat(SysfsNumber.integer("45000\n")).isEqualTo(OptionalLong.of(45000));
    assertThat(SysfsNumber.integer("-1500\n")).isEqualTo(OptionalLong.of(-1500));
    assertThat(SysfsNumber.integer(" +7 \t\n")).isEqualTo(OptionalLong.of(7));
    assertThat(SysfsNumber.integer("0")).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void theWholeLongRangeAndNotBeyond() {
    assertThat(SysfsNumber.integer("9223372036854775807\n"))
        .isEqualTo(OptionalLong.of(Long.MAX_VALUE));
    assertThat(SysfsNumber.integer("-9223372036854775808"))
        .isEqualTo(OptionalLong.of(Long.MIN_VALUE));
    assertThat(SysfsNumber.integer("9223372036854775808")).isEmpty();
    assertThat(SysfsNumber.integer("-9223372036854775809")).isEmpty();
    assertThat(SysfsNumber.integer("99999999999999999999999999")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "  ", "-", "+", "12a", "1.5", "1_000", "0x10", "abc", "1 2"})
  void malformedIntegersAreEmpty(String text) {
    assertThat(SysfsNumber.integer(text)).isEmpty();
  }

  @Test
  void decimals() {
    assertThat(SysfsNumber.decimal("45000\n")).isEqualTo(OptionalDouble.of(45000));
    assertThat(SysfsNumber.decimal("-1.5")).isEqualTo(OptionalDouble.of(-1.5));
    assertThat(SysfsNumber.decimal(".5")).isEqualTo(OptionalDouble.of(0.5));
    assertThat(SysfsNumber.decimal("5.")).isEqualTo(OptionalDouble.of(5));
    assertThat(SysfsNumber.decimal("4.5e4\n")).isEqualTo(OptionalDouble.of(45000));
    assertThat(SysfsNumber.decimal("99999999999999999999999")).isEqualTo(OptionalDouble.of(1e23));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "\n",
        ".",
        "-",
        "N/A",
        "nan",
        "NaN",
        "inf",
        "Infinity",
        "45000d",
        "4.5f",
        "0x1p3",
        "1e",
        "1e+",
        "--1",
        "1.2.3",
        "1_000"
      })
  void malformedDecimalsAreEmpty(String text) {
    assertThat(SysfsNumber.decimal(text)).isEmpty();
  }

  @Test
  void anAttributeNamesItsFileWhenMalformed() {
    SysfsAttribute a = new SysfsAttribute("/sys/class/power_supply/BAT0/energy_now", "abc\n");
    assertThatThrownBy(a::integer)
        .isInstanceOf(MalformedDataException.class)
        .hasMessage("/sys/class/power_supply/BAT0/energy_now: expected an integer, got 'abc'");
    assertThat(new SysfsAttribute("f", "12\n").integer()).isEqualTo(12);
    assertThat(new SysfsAttribute("f", "12.5\n").decimal()).isEqualTo(12.5);
  }
}
