package io.github.jpsutil.freebsd.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Rlimit;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code RLIMIT_*} of FreeBSD's {@code sys/sys/resource.h} (RLIMIT_VMEM is RLIMIT_AS, 10). */
class RlimitsTest {
  @Test
  void everyFreeBsdResourceHasItsHeaderNumber() {
    Map<Rlimit, Integer> expected = new EnumMap<>(Rlimit.class);
    expected.put(Rlimit.CPU, 0);
    expected.put(Rlimit.FSIZE, 1);
    expected.put(Rlimit.DATA, 2);
    expected.put(Rlimit.STACK, 3);
    expected.put(Rlimit.CORE, 4);
    expected.put(Rlimit.RSS, 5);
    expected.put(Rlimit.MEMLOCK, 6);
    expected.put(Rlimit.NPROC, 7);
    expected.put(Rlimit.NOFILE, 8);
    expected.put(Rlimit.SBSIZE, 9);
    expected.put(Rlimit.AS, 10);
    expected.put(Rlimit.NPTS, 11);
    expected.put(Rlimit.SWAP, 12);
    for (Rlimit r : Rlimit.values()) {
      if (expected.containsKey(r)) {
        assertThat(Rlimits.number(r)).as(r.name()).isEqualTo(expected.get(r));
      } else {
        assertThatThrownBy(() -> Rlimits.number(r))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(r.psutilName() + " does not exist on FreeBSD");
      }
    }
  }
}
