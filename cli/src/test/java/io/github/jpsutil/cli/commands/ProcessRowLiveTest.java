package io.github.jpsutil.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The two-thread listing of {@code ps} against processIter's, on this machine. */
@EnabledOnOs(OS.LINUX)
class ProcessRowLiveTest {

  /**
   * Every process both listings saw has the same attributes that do not move: user and the set of
   * attributes read, and for processes with a command line its name and command line (kernel
   * workers rename themselves after the work queue they serve, "kworker/1:0-mm_percpu_wq"). A
   * process may exec between the two listings (same pid and start time, new name): at most three
   * may differ so. The pids come in ascending order; at most ten processes (other builds on the
   * machine) start or end between the two listings.
   */
  @Test
  void twoThreadListingMatchesProcessIter() throws InterruptedException {
    Psutil p = Psutil.local();
    List<ProcessRow> once = ProcessRow.fetchOnce(p, PsCommand.ATTRS);
    List<ProcessRow> iter = ProcessRow.fetch(p, PsCommand.ATTRS);
    Map<Integer, ProcessRow> byPid = new HashMap<>();
    for (ProcessRow r : iter) {
      byPid.put(r.pid(), r);
    }
    int common = 0;
    List<String> execed = new ArrayList<>();
    for (int i = 0; i < once.size(); i++) {
      if (i > 0) {
        assertThat(once.get(i).pid()).isGreaterThan(once.get(i - 1).pid());
      }
      ProcessRow a = once.get(i);
      ProcessRow b = byPid.get(a.pid());
      if (b == null || !Objects.equals(a.createTime(), b.createTime())) {
        continue; // ended, or its pid was reused, in between
      }
      common++;
      assertThat(a.username()).as("user of %d", a.pid()).isEqualTo(b.username());
      assertThat(a.info().keySet()).isEqualTo(b.info().keySet());
      boolean user = a.cmdline() != null && !a.cmdline().isEmpty();
      if (user
          && (!Objects.equals(a.name(), b.name()) || !Objects.equals(a.cmdline(), b.cmdline()))) {
        execed.add(a.pid() + ": " + a.cmdline() + " / " + b.cmdline());
      }
    }
    assertThat(execed).as("processes whose name or command line differ").hasSizeLessThan(4);
    assertThat(common).isGreaterThanOrEqualTo(Math.max(once.size(), iter.size()) - 10);
    assertThat(once.stream().map(ProcessRow::pid)).contains((int) ProcessHandle.current().pid(), 1);
  }
}
