package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import io.github.jpsutil.windows.parse.HandleTable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * open_files of the probe over Wine's system handle table and the probe's own per-handle answers
 * (handles.tsv), compared with what the probe opened through CreateFileW (files.txt): the file it
 * holds open is listed under the path it created, the directory it holds open is not, and every
 * handle CreateFileW returned is in the decoded table under the probe's pid.
 */
class OpenFilesCaptureTest {
  static List<CaptureDirectory> captures() {
    return CaptureDirectory.all().toList();
  }

  private static final CaptureDirectory COMMITTED = captures().get(0);

  @ParameterizedTest
  @MethodSource("captures")
  void theOpenFileIsListedAndTheDirectoryIsNot(CaptureDirectory capture) {
    Map<String, String> facts = capture.keyValues("files.txt");
    int probe = Integer.parseInt(facts.get("probe_pid"));
    List<Long> handles =
        HandleTable.handlesOf(capture.raw("ntqsi-64-SystemExtendedHandleInformation.bin"), probe);
    assertThat(handles)
        .contains(
            Long.decode(facts.get("open_handle")), Long.decode(facts.get("directory_handle")));

    ReplayWindowsApi api = new ReplayWindowsApi(capture);
    List<OpenFile> files = WindowsBackend.over(api).processes().open(probe).openFiles();
    assertThat(files)
        .contains(new OpenFile.Basic(facts.get("open_path"), OptionalInt.empty()))
        .extracting(OpenFile::path)
        .doesNotContain(facts.get("directory_path"), facts.get("mapped_path"))
        .allMatch(p -> p.matches("[A-Z]:\\\\.+"), "drive letter paths")
        .doesNotHaveDuplicates();
    // Every duplicate closed, the process handle too; PROCESS_DUP_HANDLE asked for.
    assertThat(api.openDuplicates()).isEmpty();
    assertThat(api.openHandles()).isEmpty();
    assertThat(api.calls).contains(String.format("OpenProcess(%d, 0x1040)", probe));
  }

  /** Handles of a process whose handles cannot be duplicated are skipped, as psutil does. */
  @Test
  void undupableHandlesAreSkipped() {
    int child = Integer.parseInt(COMMITTED.tsv("children.tsv").get(0).get("pid"));
    ReplayWindowsApi api = new ReplayWindowsApi(COMMITTED);
    assertThat(WindowsBackend.over(api).processes().open(child).openFiles()).isEmpty();
    assertThat(api.calls).anyMatch(c -> c.startsWith("DuplicateHandle(pid " + child));
  }

  /**
   * A handle whose query hangs (a pipe with a pending synchronous read) costs psutil's 100 ms and
   * is left out; the others are still listed, and the abandoned duplicate is closed once its call
   * returns.
   */
  @Test
  void aHangingHandleIsSkippedAfterTheTimeout() throws InterruptedException {
    Map<String, String> facts = COMMITTED.keyValues("files.txt");
    int probe = Integer.parseInt(facts.get("probe_pid"));
    ReplayWindowsApi api = new ReplayWindowsApi(COMMITTED);
    CountDownLatch release = new CountDownLatch(1);
    String manifest =
        WindowsBackend.over(new ReplayWindowsApi(COMMITTED))
            .processes()
            .open(probe)
            .openFiles()
            .stream()
            .map(OpenFile::path)
            .filter(p -> !p.equals(facts.get("open_path")))
            .findFirst()
            .orElseThrow();
    api.hang(Long.decode(facts.get("open_handle")), release);
    long start = System.nanoTime();
    List<OpenFile> files = WindowsBackend.over(api).processes().open(probe).openFiles();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(files).extracting(OpenFile::path).containsExactly(manifest);
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    assertThat(api.openDuplicates()).hasSize(1);
    release.countDown();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!api.openDuplicates().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(api.openDuplicates()).isEmpty();
  }
}
