package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resource numbers from {@code asm-generic/resource.h}; {@code struct rlimit64} values. */
class RlimitsTest {
  @Test
  void linuxResourceNumbersAreThoseOfTheHeader() {
    Rlimit[] inOrder = {
      Rlimit.CPU,
      Rlimit.FSIZE,
      Rlimit.DATA,
      Rlimit.STACK,
      Rlimit.CORE,
      Rlimit.RSS,
      Rlimit.NPROC,
      Rlimit.NOFILE,
      Rlimit.MEMLOCK,
      Rlimit.AS,
      Rlimit.LOCKS,
      Rlimit.SIGPENDING,
      Rlimit.MSGQUEUE,
      Rlimit.NICE,
      Rlimit.RTPRIO,
      Rlimit.RTTIME
    };
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < inOrder.length; i++) {
      assertThat(Rlimits.resourceNumber(inOrder[i])).as(inOrder[i].name()).isEqualTo(i);
      seen.add(i);
    }
    assertThat(seen).hasSize(16);
  }

  /** Every constant is either a Linux resource or FreeBSD-only; a new one must be placed. */
  @Test
  void everyResourceIsLinuxOrFreeBsdOnly() {
    Set<Rlimit> freeBsdOnly = Set.of(Rlimit.SWAP, Rlimit.SBSIZE, Rlimit.NPTS);
    Set<Integer> numbers = new HashSet<>();
    for (Rlimit r : Rlimit.values()) {
      if (!freeBsdOnly.contains(r)) {
        numbers.add(Rlimits.resourceNumber(r));
      }
    }
    assertThat(numbers).hasSize(Rlimit.values().length - freeBsdOnly.size());
  }

  @Test
  void freeBsdOnlyResourcesAreUnsupported() {
    for (Rlimit r : new Rlimit[] {Rlimit.SWAP, Rlimit.SBSIZE, Rlimit.NPTS}) {
      assertThatThrownBy(() -> Rlimits.resourceNumber(r))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("RLIMIT_" + r.name())
          .hasMessageContaining("FreeBSD");
    }
  }

  @Test
  void infinityIsAllOnesBothWays() {
    long[] raw = {0xFFFF_FFFF_FFFF_FFFFL, 0xFFFF_FFFF_FFFF_FFFFL};
    assertThat(Rlimits.decode(Rlimit.AS, raw))
        .isEqualTo(new ResourceLimit(ResourceLimit.INFINITY, ResourceLimit.INFINITY));
    assertThat(Rlimits.encode(new ResourceLimit(ResourceLimit.INFINITY, ResourceLimit.INFINITY)))
        .containsExactly(0xFFFF_FFFF_FFFF_FFFFL, 0xFFFF_FFFF_FFFF_FFFFL);
    assertThat(Rlimits.decode(Rlimit.STACK, new long[] {8_388_608, -1}))
        .isEqualTo(new ResourceLimit(8_388_608, ResourceLimit.INFINITY));
    assertThat(Rlimits.encode(new ResourceLimit(512, 1024))).containsExactly(512, 1024);
  }

  @Test
  void valuesBeyondTheSignedRangeAreErrorsNotWrongNumbers() {
    long twoTo63 = Long.MIN_VALUE; // 2^63 as unsigned
    assertThatThrownBy(() -> Rlimits.decode(Rlimit.NOFILE, new long[] {1024, twoTo63}))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("9223372036854775808")
        .hasMessageContaining("RLIMIT_NOFILE")
        .hasMessageContaining("hard");
    assertThatThrownBy(() -> Rlimits.decode(Rlimit.NOFILE, new long[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rlimits.encode(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
