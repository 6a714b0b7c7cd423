package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PidStatusTest {
  private static final byte[] RUNNING = Fixtures.bytes("proc-running/status");
  private static final byte[] ZOMBIE = Fixtures.bytes("proc-zombie/status");
  private static final MemoryInfo.Linux BASE =
      new MemoryInfo.Linux(1708 * 1024, 3060 * 1024, 7, 8, 9);

  @Test
  void idsThreadsAndContextSwitches() {
    assertThat(PidStatus.uids(RUNNING, RUNNING.length).real()).isEqualTo(1000);
    assertThat(PidStatus.uids(RUNNING, RUNNING.length).effective()).isZero();
    assertThat(PidStatus.uids(RUNNING, RUNNING.length).saved()).isEqualTo(OptionalInt.of(1000));
    assertThat(PidStatus.gids(RUNNING, RUNNING.length).effective()).isEqualTo(50);
    assertThat(PidStatus.numThreads(RUNNING, RUNNING.length)).isEqualTo(3);
    assertThat(PidStatus.ctxSwitches(RUNNING, RUNNING.length)).isEqualTo(new CtxSwitches(17, 4));
    assertThat(PidStatus.uids(ZOMBIE, ZOMBIE.length).saved()).isEqualTo(OptionalInt.of(1002));
    assertThat(PidStatus.gids(ZOMBIE, ZOMBIE.length).real()).isEqualTo(100);
  }

  @Test
  void memoryExtrasAreKibTimes1024AndRssPartsAddUp() {
    MemoryInfoEx.Linux m = PidStatus.memoryInfoEx(RUNNING, RUNNING.length, BASE);
    assertThat(m.peakRss()).isEqualTo(1708 * 1024);
    assertThat(m.peakVms()).isEqualTo(3060 * 1024);
    assertThat(m.rssAnon()).isEqualTo(116 * 1024);
    assertThat(m.rssFile()).isEqualTo(1592 * 1024);
    assertThat(m.rssShmem()).isZero();
    assertThat(m.swap()).isEqualTo(12 * 1024);
    assertThat(m.hugetlb()).isEqualTo(2048 * 1024);
    assertThat(m.rss()).isEqualTo(m.rssAnon() + m.rssFile() + m.rssShmem());
    assertThat(m.shared()).isEqualTo(7);
    assertThat(m.data()).isEqualTo(9);
  }

  @Test
  void zombieWithoutVmLinesHasZeroExtras() {
    MemoryInfo.Linux zero = new MemoryInfo.Linux(0, 0, 0, 0, 0);
    MemoryInfoEx.Linux m = PidStatus.memoryInfoEx(ZOMBIE, ZOMBIE.length, zero);
    assertThat(m.asMap().values()).containsOnly(0L);
  }

  @Test
  void aMissingLineOfAProcessWithMemoryIsUnsupportedNotZero() {
    String old =
        new String(RUNNING, java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("RssAnon:\t     116 kB\n", "");
    byte[] b = Fixtures.ascii(old);
    assertThatThrownBy(() -> PidStatus.memoryInfoEx(b, b.length, BASE))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("RssAnon");
  }

  @Test
  void missingLinesFailClearly() {
    byte[] b = Fixtures.ascii("Name:\tx\nState:\tS (sleeping)\n");
    assertThatThrownBy(() -> PidStatus.uids(b, b.length)).hasMessageContaining("no Uid line");
    assertThatThrownBy(() -> PidStatus.numThreads(b, b.length)).hasMessageContaining("Threads");
    // Every kernel since 2.6.23 prints both lines: without them the text is cut, not old.
    assertThatThrownBy(() -> PidStatus.ctxSwitches(b, b.length))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("no voluntary_ctxt_switches line");
    byte[] cut = Fixtures.ascii("Uid:\t0\t0\n");
    assertThatThrownBy(() -> PidStatus.uids(cut, cut.length))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("Uid field 3");
  }

  @Test
  void keysMatchWholeLineStartsOnly() {
    // "Uid:" must not match inside the (escaped) Name line.
    byte[] b = Fixtures.ascii("Name:\tUid:\t9\t9\t9\nUid:\t5\t6\t7\t8\n");
    assertThat(PidStatus.uids(b, b.length).real()).isEqualTo(5);
  }

  @Test
  void idsAbove2pow31WrapLikeUidT() {
    byte[] b = Fixtures.ascii("Uid:\t4294967294\t0\t0\t0\n");
    assertThat(PidStatus.uids(b, b.length).real()).isEqualTo(-2);
    byte[] tooBig = Fixtures.ascii("Uid:\t4294967296\t0\t0\t0\n");
    assertThatThrownBy(() -> PidStatus.uids(tooBig, tooBig.length))
        .isInstanceOf(MalformedDataException.class);
  }
}
