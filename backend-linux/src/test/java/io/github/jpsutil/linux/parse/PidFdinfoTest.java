package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PidFdinfoTest {
  private static PidFdinfo fixture(String name) {
    byte[] b = Fixtures.bytes("proc-fdinfo/" + name);
    return PidFdinfo.parse(b, b.length);
  }

  @Test
  void eachModeOfPsutil() {
    assertThat(fixture("r")).isEqualTo(new PidFdinfo(5, 0100000, "r"));
    assertThat(fixture("w")).isEqualTo(new PidFdinfo(0, 0100001, "w"));
    assertThat(fixture("a")).isEqualTo(new PidFdinfo(12, 0102001, "a"));
    assertThat(fixture("rplus")).isEqualTo(new PidFdinfo(7, 02100002, "r+"));
    assertThat(fixture("aplus")).isEqualTo(new PidFdinfo(3, 0102002, "a+"));
  }

  @Test
  void appendOnAReadOnlyDescriptorStaysR() {
    assertThat(PidFdinfo.mode(02000)).isEqualTo("r");
  }

  @Test
  void accessModeThreeAndMalformedFilesFailClearly() {
    assertThatThrownBy(() -> PidFdinfo.mode(3)).hasMessageContaining("access mode 3");
    byte[] noFlags = Fixtures.ascii("pos:\t0\n");
    assertThatThrownBy(() -> PidFdinfo.parse(noFlags, noFlags.length))
        .hasMessageContaining("flags:");
    byte[] decimalFlags = Fixtures.ascii("pos:\t0\nflags:\t0100009\n");
    assertThatThrownBy(() -> PidFdinfo.parse(decimalFlags, decimalFlags.length))
        .hasMessageContaining("not an octal number");
  }
}
