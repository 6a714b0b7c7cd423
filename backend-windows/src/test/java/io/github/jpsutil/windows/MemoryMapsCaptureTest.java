package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * memory_maps of the probe over its own VirtualQueryEx walk and GetMappedFileNameW answers,
 * compared with what the probe set up through other calls (files.txt): the file it created and
 * mapped with CreateFileW + MapViewOfFile must be listed at the view's address, with the size it
 * wrote, read only, under the path it created (Wine names it \??\C:\…, which convert_dos_path turns
 * back).
 */
class MemoryMapsCaptureTest {
  static List<CaptureDirectory> captures() {
    return CaptureDirectory.all().toList();
  }

  private static WindowsBackend backend(ReplayWindowsApi api) {
    return WindowsBackend.over(api);
  }

  @ParameterizedTest
  @MethodSource("captures")
  void theMappedFileIsListedWhereTheProbeMappedIt(CaptureDirectory capture) {
    Map<String, String> facts = capture.keyValues("files.txt");
    ReplayWindowsApi api = new ReplayWindowsApi(capture);
    int probe = Integer.parseInt(facts.get("probe_pid"));
    List<MemoryMapRegion> maps = backend(api).processes().open(probe).memoryMaps();
    assertThat(maps)
        .contains(
            new MemoryMapRegion(
                facts.get("mapped_view"),
                "r",
                facts.get("mapped_path"),
                new MemoryMapStats.Windows(Long.parseLong(facts.get("mapped_size")))));
    // One entry per region that maps a file, in address order; none left under a device name.
    assertThat(maps)
        .extracting(m -> Long.parseUnsignedLong(m.addr().substring(2), 16))
        .containsExactlyElementsOf(api.mappedBases());
    assertThat(maps).allMatch(m -> m.path().matches("[A-Z]:\\\\.*"), "drive letter paths");
    assertThat(api.openHandles()).isEmpty();
  }
}
