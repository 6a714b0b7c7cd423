package io.github.jpsutil.windows.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.WindowsService;
import io.github.jpsutil.windows.parse.ServiceConfig;
import io.github.jpsutil.windows.parse.ServiceDescription;
import io.github.jpsutil.windows.parse.ServiceList;
import io.github.jpsutil.windows.parse.ServiceStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service decoders over Wine's answers, compared with what the probe read elsewhere ({@code
 * services.tsv}): the registry key {@code HKLM\System\CurrentControlSet\Services\<name>} and the
 * older {@code QueryServiceStatus}; the pids with the Toolhelp32 process table. Wine creates its
 * {@code Winedevice*} services without a registry key: those rows are compared with the process
 * table only.
 */
class ServicesCaptureTest {
  private static List<ServiceList.Entry> list(CaptureDirectory capture) {
    CaptureDirectory.Entry e = capture.entry("EnumServicesStatusEx.bin");
    return ServiceList.decode(capture.raw(e.file()), e.address(), (int) e.rc());
  }

  private static ServiceConfig config(CaptureDirectory capture, String index) {
    CaptureDirectory.Entry e = capture.entry("svc-" + index + "-config.bin");
    assertThat(e.rc()).as("QueryServiceConfigW of %s", e.args()).isOne();
    return ServiceConfig.decode(capture.raw(e.file()), e.address());
  }

  /** The list's names, in order, are those the probe walked with MinGW's structs (exact). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void listNamesMatchTheProbesWalk(CaptureDirectory capture) {
    List<String> probe =
        capture.tsv("services.tsv").stream().map(r -> r.get("name")).collect(Collectors.toList());
    assertThat(list(capture)).extracting(ServiceList.Entry::name).isEqualTo(probe).isNotEmpty();
  }

  /**
   * Display name, binpath, account and start type equal the registry's DisplayName, ImagePath,
   * ObjectName and Start (2 automatic, 3 manual, 4 disabled) exactly; the list's display name
   * equals the configuration's.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void configMatchesTheRegistry(CaptureDirectory capture) {
    Map<String, ServiceList.Entry> byName =
        list(capture).stream().collect(Collectors.toMap(ServiceList.Entry::name, e -> e));
    int compared = 0;
    for (Map<String, String> row : capture.tsv("services.tsv")) {
      ServiceConfig c = config(capture, row.get("index"));
      assertThat(byName.get(row.get("name")).displayName()).isEqualTo(c.displayName());
      if (row.get("regDisplayName").equals("-")) {
        continue;
      }
      assertThat(c.displayName()).isEqualTo(row.get("regDisplayName"));
      assertThat(c.binpath()).isEqualTo(row.get("regImagePath"));
      assertThat(c.username()).isEqualTo(row.get("regObjectName"));
      assertThat(c.startType())
          .isEqualTo(
              switch (row.get("regStart")) {
                case "2" -> WindowsService.StartType.AUTOMATIC;
                case "3" -> WindowsService.StartType.MANUAL;
                case "4" -> WindowsService.StartType.DISABLED;
                default -> throw new AssertionError("registry Start " + row.get("regStart"));
              });
      compared++;
    }
    assertThat(compared).as("services with a registry key").isGreaterThanOrEqualTo(10);
  }

  /**
   * The state in the list and from QueryServiceStatusEx equals QueryServiceStatus's dwCurrentState
   * (winsvc.h numbering, exact).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void statusMatchesQueryServiceStatus(CaptureDirectory capture) {
    List<ServiceList.Entry> list = list(capture);
    for (Map<String, String> row : capture.tsv("services.tsv")) {
      int i = Integer.parseInt(row.get("index"));
      ServiceStatus ex = ServiceStatus.decode(capture.raw("svc-" + i + "-status.bin"), 0);
      WindowsService.Status expected = WindowsService.Status.values()[stateOrdinal(row)];
      assertThat(ex.status()).as(row.get("name")).isEqualTo(expected);
      assertThat(list.get(i).status().status()).as(row.get("name")).isEqualTo(expected);
    }
  }

  /** winsvc.h SERVICE_STOPPED 1 … SERVICE_PAUSED 7 as the api enum's ordinal. */
  private static int stateOrdinal(Map<String, String> row) {
    return switch (Integer.parseInt(row.get("state"))) {
      case 1 -> WindowsService.Status.STOPPED.ordinal();
      case 2 -> WindowsService.Status.START_PENDING.ordinal();
      case 3 -> WindowsService.Status.STOP_PENDING.ordinal();
      case 4 -> WindowsService.Status.RUNNING.ordinal();
      case 5 -> WindowsService.Status.CONTINUE_PENDING.ordinal();
      case 6 -> WindowsService.Status.PAUSE_PENDING.ordinal();
      case 7 -> WindowsService.Status.PAUSED.ordinal();
      default -> throw new AssertionError("state " + row.get("state"));
    };
  }

  /**
   * A running service has a pid, and the Toolhelp32 process of that pid runs the executable its
   * binpath names (file name, case-insensitive); a stopped one has none.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void pidsAreTheServicesProcesses(CaptureDirectory capture) {
    Map<Integer, Map<String, String>> processes = capture.byPid("toolhelp-after.tsv");
    int running = 0;
    for (Map<String, String> row : capture.tsv("services.tsv")) {
      int i = Integer.parseInt(row.get("index"));
      ServiceStatus s = ServiceStatus.decode(capture.raw("svc-" + i + "-status.bin"), 0);
      if (s.status() != WindowsService.Status.RUNNING) {
        assertThat(s.pid()).as(row.get("name")).isEmpty();
        continue;
      }
      String exe = exeName(config(capture, row.get("index")).binpath());
      assertThat(processes.get(s.pid().getAsInt()))
          .as("process of %s", row.get("name"))
          .isNotNull()
          .extractingByKey("name")
          .satisfies(n -> assertThat(n.toLowerCase(Locale.ROOT)).isEqualTo(exe));
      running++;
    }
    assertThat(running).as("running services").isGreaterThanOrEqualTo(3);
  }

  /** The file name of a command line's program, lower case. */
  private static String exeName(String binpath) {
    String program = binpath.startsWith("\"") ? binpath.substring(1).split("\"")[0] : binpath;
    program = program.split(" ")[0];
    return program.substring(program.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
  }

  /** Descriptions equal the registry's Description value where it has one (exact). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void descriptionsMatchTheRegistry(CaptureDirectory capture) {
    int compared = 0;
    for (Map<String, String> row : capture.tsv("services.tsv")) {
      CaptureDirectory.Entry e = capture.entry("svc-" + row.get("index") + "-description.bin");
      String description = ServiceDescription.decode(capture.raw(e.file()), e.address());
      String registry = row.get("regDescription");
      if (!registry.equals("-")) {
        assertThat(description).as(row.get("name")).isEqualTo(registry);
        compared++;
      } else {
        assertThat(description).as(row.get("name")).isEmpty();
      }
    }
    assertThat(compared).as("services with a Description value").isGreaterThanOrEqualTo(10);
  }
}
