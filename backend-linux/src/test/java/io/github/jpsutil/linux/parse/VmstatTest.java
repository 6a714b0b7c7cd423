package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VmstatTest {
  private static final String TEXT =
      """
      nr_free_pages 6072528
      pswpin_fake 1
      pswpin 12
      pswpout 34
      pgpgin 562369
      """;

  @Test
  void findsTheCounterByItsExactName() {
    assertThat(Vmstat.counter(TEXT, "pswpin")).hasValue(12);
    assertThat(Vmstat.counter(TEXT, "pswpout")).hasValue(34);
    assertThat(Vmstat.counter(TEXT, "nr_free_pages")).hasValue(6072528);
  }

  @Test
  void aMissingCounterIsEmpty() {
    // psutil gh-313: some kernels have no pswpin/pswpout
    assertThat(Vmstat.counter("pgpgin 1\n", "pswpin")).isEqualTo(OptionalLong.empty());
    assertThat(Vmstat.counter("", "pswpin")).isEmpty();
  }

  @Test
  void aNonNumericValueIsAnError() {
    assertThatThrownBy(() -> Vmstat.counter("pswpin 1x\n", "pswpin"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/vmstat");
  }
}
