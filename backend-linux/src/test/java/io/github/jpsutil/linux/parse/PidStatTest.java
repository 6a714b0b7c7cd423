package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.ProcessStatus;
import org.junit.jupiter.api.Test;

class PidStatTest {
  @Test
  void nameWithParenthesesSpaceAndNewlineIsSplitAtTheLastParen() {
    byte[] b = Fixtures.bytes("proc-stat-odd-name/stat");
    PidStat st = PidStat.parse(b);
    assertThat(st.name()).isEqualTo("a) (b\nc");
    assertThat(st.state()).isEqualTo('S');
    assertThat(st.status()).isEqualTo(ProcessStatus.SLEEPING);
    assertThat(st.ppid()).isEqualTo(1);
    assertThat(st.ttyNr()).isEqualTo(34816); // pts/0: major 136 << 8
    assertThat(st.flags()).isEqualTo(4194560);
    assertThat(st.minflt()).isEqualTo(1234);
    assertThat(st.majflt()).isEqualTo(5);
    assertThat(st.utime()).isEqualTo(250);
    assertThat(st.stime()).isEqualTo(75);
    assertThat(st.cutime()).isEqualTo(10);
    assertThat(st.cstime()).isEqualTo(3);
    assertThat(st.starttime()).isEqualTo(987654);
    assertThat(st.processor()).isEqualTo(1);
    assertThat(st.blkioTicks()).isEqualTo(42);
    assertThat(st.isKernelThread()).isFalse();
    assertThat(PidStat.ppid(b, b.length)).isEqualTo(1);
    assertThat(PidStat.state(b, b.length)).isEqualTo('S');
  }

  @Test
  void kernelThread() {
    PidStat st = PidStat.parse(Fixtures.bytes("proc-kthread/stat"));
    assertThat(st.name()).isEqualTo("kthreadd");
    assertThat(st.ppid()).isZero();
    assertThat(st.ttyNr()).isZero();
    assertThat(st.isKernelThread()).isTrue();
    assertThat(st.starttime()).isEqualTo(25);
    assertThat(st.stime()).isEqualTo(3);
  }

  @Test
  void zombie() {
    PidStat st = PidStat.parse(Fixtures.bytes("proc-zombie/stat"));
    assertThat(st.status()).isEqualTo(ProcessStatus.ZOMBIE);
    assertThat(st.ppid()).isEqualTo(20307);
    assertThat(st.starttime()).isEqualTo(58462);
  }

  @Test
  void everyStateLetterOfTheKernelMapsAndAnUnknownOneIsUnknown() {
    assertThat(PidStat.status('R')).isEqualTo(ProcessStatus.RUNNING);
    assertThat(PidStat.status('D')).isEqualTo(ProcessStatus.DISK_SLEEP);
    assertThat(PidStat.status('T')).isEqualTo(ProcessStatus.STOPPED);
    assertThat(PidStat.status('t')).isEqualTo(ProcessStatus.TRACING_STOP);
    assertThat(PidStat.status('X')).isEqualTo(ProcessStatus.DEAD);
    assertThat(PidStat.status('x')).isEqualTo(ProcessStatus.DEAD);
    assertThat(PidStat.status('K')).isEqualTo(ProcessStatus.WAKE_KILL);
    assertThat(PidStat.status('W')).isEqualTo(ProcessStatus.WAKING);
    assertThat(PidStat.status('I')).isEqualTo(ProcessStatus.IDLE);
    assertThat(PidStat.status('P')).isEqualTo(ProcessStatus.PARKED);
    assertThat(PidStat.status('Q')).isEqualTo(ProcessStatus.UNKNOWN);
  }

  @Test
  void missingDelayacctFieldIsZeroAsInPsutil() {
    // 39 fields: ends at processor, as kernels before 2.6.18 (psutil gh-2455).
    String s = "7 (x) R 1" + " 0".repeat(17) + " 500" + " 0".repeat(16) + " 3\n";
    PidStat st = PidStat.parse(Fixtures.ascii(s));
    assertThat(st.starttime()).isEqualTo(500);
    assertThat(st.processor()).isEqualTo(3);
    assertThat(st.blkioTicks()).isZero();
  }

  @Test
  void nonUtf8NameIsKeptLosslessly() {
    byte[] b = Fixtures.ascii("9 (ab\u00ff) S 1" + " 0".repeat(40) + "\n");
    assertThat(PidStat.parse(b).name()).isEqualTo("ab\udcff");
  }

  @Test
  void truncatedFileFailsClearly() {
    assertThatThrownBy(() -> PidStat.parse(Fixtures.ascii("12 (sh) S 1 12 12 0 -1 0 1 2\n")))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> PidStat.parse(new byte[0]))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("')'");
    assertThatThrownBy(() -> PidStat.parse(Fixtures.ascii("12 sh) S 1")))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("'('");
  }

  @Test
  void malformedFieldsFailClearly() {
    String nonNumeric = "7 (x) R 1" + " 0".repeat(17) + " 5x0" + " 0".repeat(20) + "\n";
    assertThatThrownBy(() -> PidStat.parse(Fixtures.ascii(nonNumeric)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("starttime (22)")
        .hasMessageContaining("5x0");
    String huge = "7 (x) R 1" + " 0".repeat(17) + " 99999999999999999999" + " 0".repeat(20) + "\n";
    assertThatThrownBy(() -> PidStat.parse(Fixtures.ascii(huge)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("too large");
    String twoLetters = "7 (x) RS 1" + " 0".repeat(40) + "\n";
    assertThatThrownBy(() -> PidStat.parse(Fixtures.ascii(twoLetters)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("state (3)");
  }
}
