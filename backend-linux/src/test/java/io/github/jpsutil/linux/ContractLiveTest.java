package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.spi.ProcessOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The getter contract over every pid of this machine, as the user running the tests (root). */
@EnabledOnOs(OS.LINUX)
class ContractLiveTest {
  @Test
  void everyGetterOnEveryPidReturnsOrRaisesOnlyTheAllowedExceptions() {
    int[] pids = GetterContract.allPids();
    assertThat(pids.length).isGreaterThan(10);
    assertThat(GetterContract.violations(ProcessLiveTest.PROCS, pids)).isEmpty();
  }

  @Test
  void everyStatusIsKnownAndEveryIdentityIsPresent() {
    for (int pid : GetterContract.allPids()) {
      try {
        ProcessOps p = ProcessLiveTest.PROCS.open(pid);
        assertThat(p.status()).as("pid %d", pid).isNotEqualTo(ProcessStatus.UNKNOWN);
        assertThat(p.identityTime()).as("pid %d", pid).isPresent();
        assertThat(p.ppid()).as("pid %d", pid).isNotNegative();
      } catch (NoSuchProcess gone) {
        // exited during the scan
      }
    }
  }
}
