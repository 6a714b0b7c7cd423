package io.github.jpsutil.linux;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;

/**
 * Run by {@link UnprivilegedLiveTest} as user nobody (setpriv): prints {@code getter=OUTCOME} for
 * the pid given, then {@code VIOLATION …} lines of the contract over every pid, then {@code END}.
 */
public final class UnprivilegedProbe {
  private UnprivilegedProbe() {}

  public static void main(String[] args) {
    LinuxFiles files = new LinuxFiles(BackendConfig.defaults());
    LinuxProcesses procs =
        new LinuxProcesses(files, new LinuxNet(files), new LinuxProcessControl());
    int pid = Integer.parseInt(args[0]);
    GetterContract.getters(procs.open(pid))
        .forEach((name, call) -> System.out.println(name + "=" + GetterContract.outcome(call)));
    for (String v : GetterContract.violations(procs, GetterContract.allPids())) {
      System.out.println("VIOLATION " + v);
    }
    System.out.println("self-uids=" + procs.open((int) ProcessHandle.current().pid()).uids());
    System.out.println("END");
  }
}
