package io.github.jpsutil.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The two-thread listing of {@code ps} against processIter's, on this machine. */
@EnabledOnOs(OS.LINUX)
class ProcessRowLiveTest {

  /**
   * Every process both listings saw has the same identity and attributes that do not move (name,
   * user, command line, start time, status aside); the pids come in ascending order; at most a
   * handful of processes (other builds on the machine) start or end between the two listings.
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
    for (int i = 0; i < once.size(); i++) {
      if (i > 0) {
        assertThat(once.get(i).pid()).isGreaterThan(once.get(i - 1).pid());
      }
      ProcessRow a = once.get(i);
      ProcessRow b = byPid.get(a.pid());
      if (b == null || !java.util.Objects.equals(a.createTime(), b.createTime())) {
        continue; // ended, or its pid was reused, in between
      }
      common++;
      assertThat(a.name()).as("name of %d", a.pid()).isEqualTo(b.name());
      assertThat(a.username()).as("user of %d", a.pid()).isEqualTo(b.username());
      assertThat(a.cmdline()).as("cmdline of %d", a.pid()).isEqualTo(b.cmdline());
      assertThat(a.info().keySet()).isEqualTo(b.info().keySet());
    }
    assertThat(common).isGreaterThanOrEqualTo(Math.max(once.size(), iter.size()) - 10);
    assertThat(once.stream().map(ProcessRow::pid)).contains((int) ProcessHandle.current().pid(), 1);
  }
}
