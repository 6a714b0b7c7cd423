package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.ProcessAttr;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The opt-in parallel processIter gives exactly the serial scan's handles and values. */
class ParallelScanTest {
  private static final Set<ProcessAttr> ATTRS =
      EnumSet.of(
          ProcessAttr.PID,
          ProcessAttr.NAME,
          ProcessAttr.PPID,
          ProcessAttr.CMDLINE,
          ProcessAttr.USERNAME,
          ProcessAttr.STATUS,
          ProcessAttr.EXE);

  @Test
  void theParallelScanIsTheSerialScan() {
    FakeBackend backend = new FakeBackend();
    backend.add(1, 1);
    int gone = 0;
    for (int pid = 2; pid < 1200; pid++) {
      FakeProcess p = backend.add(pid, 100 + pid);
      p.name = "p" + pid;
      p.ppid = pid / 2;
      p.cmdline = List.of("/bin/p", Integer.toString(pid));
      p.zombie = pid % 97 == 0;
      p.deniedExe = pid % 7 == 0;
      if (pid % 89 == 0) {
        p.gone = true;
        gone++;
      }
    }
    Psutil serial = new Psutil(backend.provider(), backend);
    Psutil parallel = new Psutil(backend.provider(), backend, 3);

    List<OsProcess> a = serial.processIter(ATTRS, "denied");
    List<OsProcess> b = parallel.processIter(ATTRS, "denied");

    assertThat(a).hasSize(1199 - gone);
    assertThat(b).extracting(OsProcess::pid).containsExactlyElementsOf(pids(a));
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).info()).as("pid " + a.get(i).pid()).isEqualTo(a.get(i).info());
    }
    // Handles are reused on the next parallel scan, as by the serial one (cpu_percent baselines).
    List<OsProcess> again = parallel.processIter(ATTRS, "denied");
    for (int i = 0; i < b.size(); i++) {
      assertThat(again.get(i)).isSameAs(b.get(i));
    }
  }

  @Test
  void aSmallTableIsScannedSeriallyWithTheSameResult() {
    FakeBackend backend = new FakeBackend();
    backend.add(1, 1);
    backend.add(100, 500).name = "small";
    Psutil parallel = new Psutil(backend.provider(), backend, 2);
    List<OsProcess> got = parallel.processIter(ATTRS, null);
    assertThat(got).extracting(OsProcess::pid).containsExactly(1, 100);
    assertThat(got.get(1).info()).containsEntry(ProcessAttr.NAME, "small");
  }

  @Test
  void scanThreadsOutsideOneToSixtyFourIsRefused() {
    assertThatThrownBy(() -> Psutil.builder().scanThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..64");
    assertThatThrownBy(() -> Psutil.builder().scanThreads(65))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 65");
  }

  private static List<Integer> pids(List<OsProcess> l) {
    return l.stream().map(OsProcess::pid).toList();
  }
}
