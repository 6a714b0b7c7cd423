package io.github.jpsutil.itests;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.NoSuchProcess;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs {@link ProcessContract} over every process and prints a summary line, the outcome of each
 * getter on pid 1 ({@code pid1 name=OK exe=AD …}) and one {@code VIOLATION} line per breach. Exits
 * 1 when there was a violation. Launched by the tests as an unprivileged user.
 */
public final class ContractMain {
  private ContractMain() {}

  public static void main(String[] args) {
    Psutil ps = Psutil.local();
    ProcessContract contract = new ProcessContract(ps);
    String pid1;
    try {
      OsProcess init = ps.process(1);
      pid1 =
          contract.check(init).entrySet().stream()
              .map(Map.Entry::toString)
              .collect(Collectors.joining(" "));
    } catch (NoSuchProcess e) {
      pid1 = "absent";
    }
    contract.runOnEveryProcess();
    System.out.println(contract.summary());
    System.out.println("pid1 " + pid1);
    contract.violations().forEach(v -> System.out.println("VIOLATION " + v));
    System.exit(contract.violations().isEmpty() ? 0 : 1);
  }
}
