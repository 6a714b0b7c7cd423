package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import io.github.jpsutil.windows.parse.TokenUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * exe, username and cpu_affinity of the probe's children through the whole backend over the
 * replayed capture, each compared with a fact from another API or one the probe set: {@code
 * GetModuleFileNameExW} for the path, {@code GetUserNameExW(NameSamCompatible)} and {@code
 * ConvertSidToStringSidW} for the account, the mask the probe gave its second child with {@code
 * SetProcessAffinityMask}, and {@code GetActiveProcessorCount} for the CPUs there are.
 */
class ProcessIdentityCaptureTest {
  private static List<Integer> children(CaptureDirectory capture) {
    return capture.tsv("children.tsv").stream().map(c -> Integer.parseInt(c.get("pid"))).toList();
  }

  /** Exact: QueryFullProcessImageNameW's path decoded equals the psapi module file name. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void exeIsTheModuleFileName(CaptureDirectory capture) {
    ReplayWindowsApi api = new ReplayWindowsApi(capture);
    WindowsBackend backend = WindowsBackend.over(api);
    Map<Integer, Map<String, String>> rows = capture.byPid("process.tsv");
    for (int pid : children(capture)) {
      String exe = backend.processes().open(pid).exe();
      assertThat(exe).as("pid %d", pid).isEqualTo(rows.get(pid).get("moduleFileName"));
      assertThat(exe).endsWith("\\jps child.exe");
    }
    assertThat(api.openHandles()).isEmpty();
  }

  /**
   * Exact: the SID decoded from each child's TOKEN_USER prints as ConvertSidToStringSidW printed
   * the probe's (the children run as the probe's user), and username() is GetUserNameExW's
   * DOMAIN\\user.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void usernameIsTheSamCompatibleName(CaptureDirectory capture) {
    Map<String, String> user = capture.keyValues("user.txt");
    ReplayWindowsApi api = new ReplayWindowsApi(capture);
    WindowsBackend backend = WindowsBackend.over(api);
    List<Integer> pids = children(capture);
    for (int i = 0; i < pids.size(); i++) {
      String file = "child" + i + "-TokenUser.bin";
      byte[] sid = TokenUser.sid(capture.raw(file), capture.entry(file).address());
      assertThat(TokenUser.sidString(sid)).isEqualTo(user.get("ConvertSidToStringSid"));
      assertThat(backend.processes().open(pids.get(i)).username())
          .isEqualTo(user.get("GetUserNameEx.NameSamCompatible"));
    }
    assertThat(api.openHandles()).isEmpty();
  }

  /**
   * The second child runs on CPU 0 only, as the probe set it; the others on every active CPU; and
   * every child may be given any active CPU (the system mask).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void affinityIsWhatTheProbeSet(CaptureDirectory capture) {
    int cpus = Integer.parseInt(capture.keyValues("system.txt").get("GetActiveProcessorCount"));
    Set<Integer> all = IntStream.range(0, cpus).boxed().collect(Collectors.toSet());
    WindowsBackend backend = WindowsBackend.over(new ReplayWindowsApi(capture));
    List<Map<String, String>> children = capture.tsv("children.tsv");
    for (Map<String, String> child : children) {
      ProcessOps p = backend.processes().open(Integer.parseInt(child.get("pid")));
      String set = child.get("affinitySet");
      Set<Integer> expected = set.equals("-") ? all : Set.of(0); // the probe sets only 0x1
      assertThat(p.cpuAffinity()).as("pid %s", child.get("pid")).isEqualTo(expected);
      assertThat(p.eligibleCpus()).isEqualTo(all);
    }
    assertThat(children.get(1).get("affinitySet")).isEqualTo("0x1");
  }
}
