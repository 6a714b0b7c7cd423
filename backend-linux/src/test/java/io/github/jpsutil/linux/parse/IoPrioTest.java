package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.WindowsIoPriority;
import org.junit.jupiter.api.Test;

/** {@code IOPRIO_PRIO_VALUE(class, data) = class << 13 | data} from {@code linux/ioprio.h}. */
class IoPrioTest {
  @Test
  void decodesEachClassAndLevel() {
    assertThat(IoPrio.decode(0)).isEqualTo(new IoNice.Linux(IoPriorityClass.NONE, 0));
    assertThat(IoPrio.decode(0x2000 | 5)).isEqualTo(new IoNice.Linux(IoPriorityClass.RT, 5));
    assertThat(IoPrio.decode(0x4000 | 4)).isEqualTo(new IoNice.Linux(IoPriorityClass.BE, 4));
    assertThat(IoPrio.decode(0x6000 | 7)).isEqualTo(new IoNice.Linux(IoPriorityClass.IDLE, 7));
    // Pre-6.x kernels report class NONE with the level derived from nice: reported as is.
    assertThat(IoPrio.decode(4)).isEqualTo(new IoNice.Linux(IoPriorityClass.NONE, 4));
  }

  @Test
  void linux65HintsAboveTheLevelAreIgnored() {
    // bits 3..12 carry IOPRIO_HINT_* since Linux 6.5; the level is bits 0..2.
    assertThat(IoPrio.decode(0x4000 | (1 << 3) | 2))
        .isEqualTo(new IoNice.Linux(IoPriorityClass.BE, 2));
  }

  @Test
  void unknownClassesAndNegativeWordsAreErrorsNotValues() {
    assertThatThrownBy(() -> IoPrio.decode(4 << 13))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("0x8000");
    assertThatThrownBy(() -> IoPrio.decode(-1)).isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> IoPrio.decode(1 << 16)).isInstanceOf(MalformedDataException.class);
  }

  @Test
  void encodesAndRoundTrips() {
    for (IoPriorityClass c : new IoPriorityClass[] {IoPriorityClass.RT, IoPriorityClass.BE}) {
      for (int level = 0; level <= 7; level++) {
        IoNice.Linux v = new IoNice.Linux(c, level);
        assertThat(IoPrio.encode(v)).isEqualTo(c.value() << 13 | level);
        assertThat(IoPrio.decode(IoPrio.encode(v))).isEqualTo(v);
      }
    }
    assertThat(IoPrio.encode(new IoNice.Linux(IoPriorityClass.IDLE, 0))).isEqualTo(0x6000);
    assertThat(IoPrio.encode(new IoNice.Linux(IoPriorityClass.NONE, 0))).isZero();
  }

  @Test
  void refusesPsutilsInvalidCombinations() {
    assertThatThrownBy(() -> IoPrio.encode(new IoNice.Linux(IoPriorityClass.IDLE, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IOPRIO_CLASS_IDLE ioclass accepts no value");
    assertThatThrownBy(() -> IoPrio.encode(new IoNice.Linux(IoPriorityClass.NONE, 7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IOPRIO_CLASS_NONE ioclass accepts no value");
    assertThatThrownBy(() -> IoPrio.encode(new IoNice.Windows(WindowsIoPriority.HIGH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IoNice.Linux");
    assertThatThrownBy(() -> IoPrio.encode(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
