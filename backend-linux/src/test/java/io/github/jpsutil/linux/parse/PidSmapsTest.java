package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class PidSmapsTest {
  private static final byte[] SMAPS = Fixtures.bytes("proc-smaps/smaps");

  @Test
  void regionsInOrderWithPathsAndTheTenFields() {
    List<MemoryMapRegion> r = PidSmaps.regions(SMAPS, SMAPS.length);
    assertThat(r)
        .extracting(MemoryMapRegion::path)
        .containsExactly("/usr/bin/head", "[heap]", "[anon]", "/dev/shm/gone (deleted)", "[stack]");
    assertThat(r.get(0).addr()).isEqualTo("56140c27d000-56140c27f000");
    assertThat(r.get(0).perms()).isEqualTo("r--p");
    assertThat(r.get(3).perms()).isEqualTo("r--s");
    MemoryMapStats.Linux anon = (MemoryMapStats.Linux) r.get(2).stats();
    assertThat(anon)
        .isEqualTo(
            new MemoryMapStats.Linux(
                100 * 1024,
                1024 * 1024,
                50 * 1024,
                0,
                40 * 1024,
                0,
                60 * 1024,
                100 * 1024,
                100 * 1024,
                8 * 1024));
    MemoryMapStats.Linux heap = (MemoryMapStats.Linux) r.get(1).stats();
    assertThat(heap.swap()).isEqualTo(4 * 1024);
    assertThat(heap.size()).isEqualTo(132 * 1024);
  }

  @Test
  void footprintFromSmapsSumsPrivatePssAndSwap() {
    MemoryFootprint.Linux f = PidSmaps.footprint(SMAPS, SMAPS.length);
    // Private_Clean 8 + Private_Dirty 12+60+16 + Private_Hugetlb 2048.
    assertThat(f.uss()).isEqualTo((8 + 12 + 60 + 16 + 2048) * 1024L);
    assertThat(f.pss()).isEqualTo((8 + 12 + 50 + 2 + 16) * 1024L);
    assertThat(f.swap()).isEqualTo((4 + 8) * 1024L);
  }

  @Test
  void footprintFromRollupIgnoresPssSubfieldsAndSwapPss() {
    byte[] b = Fixtures.bytes("proc-smaps/smaps_rollup");
    MemoryFootprint.Linux f = PidSmaps.footprint(b, b.length);
    assertThat(f)
        .isEqualTo(new MemoryFootprint.Linux((8 + 88 + 2048) * 1024L, 88 * 1024L, 12 * 1024L));
  }

  @Test
  void emptyDataOfAZombieOrKernelThread() {
    assertThat(PidSmaps.regions(new byte[0], 0)).isEmpty();
    assertThat(PidSmaps.footprint(new byte[0], 0)).isEqualTo(new MemoryFootprint.Linux(0, 0, 0));
  }

  @Test
  void pathWithSpacesAndNonUtf8IsKeptWhole() {
    byte[] b =
        Fixtures.ascii(
            "7f00-7f01 r--p 00000000 08:01 42    /tmp/my dir/lib\u00ff.so  \nRss:  4 kB\n");
    MemoryMapRegion r = PidSmaps.regions(b, b.length).get(0);
    assertThat(r.path()).isEqualTo("/tmp/my dir/lib\udcff.so");
    assertThat(r.stats().rss()).isEqualTo(4096);
  }

  @Test
  void malformedInputFailsClearly() {
    byte[] orphan = Fixtures.ascii("Rss:  4 kB\n");
    assertThatThrownBy(() -> PidSmaps.regions(orphan, orphan.length))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("before the first mapping header");
    byte[] shortHeader = Fixtures.ascii("7f00-7f01 r--p 0\n");
    assertThatThrownBy(() -> PidSmaps.regions(shortHeader, shortHeader.length))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("missing field 'offset, dev, inode'");
    byte[] badValue = Fixtures.ascii("7f00-7f01 r--p 0 00:00 0\nRss:  four kB\n");
    assertThatThrownBy(() -> PidSmaps.regions(badValue, badValue.length))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("four");
  }
}
