package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.WindowsService;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * win_service_iter() and win_service_get() over the replayed service control manager: list growth,
 * psutil's error rules (a missing service is no service, a denied one AccessDenied), and the
 * assembled records against the probe's registry reads ({@code services.tsv}).
 */
class ServicesReplayTest {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();

  private static Map<String, String> row(String name) {
    return CAPTURE.tsv("services.tsv").stream()
        .filter(r -> r.get("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Every listed service, in the list's order, with the registry's ImagePath as binpath. */
  @Test
  void iterListsEveryServiceWithItsConfiguration() {
    List<WindowsService> services =
        WindowsBackend.over(new ReplayWindowsApi(CAPTURE)).windowsServices().services();
    assertThat(services)
        .extracting(WindowsService::name)
        .containsExactlyElementsOf(
            CAPTURE.tsv("services.tsv").stream().map(r -> r.get("name")).toList());
    WindowsService rpc =
        services.stream().filter(s -> s.name().equals("RpcSs")).findFirst().orElseThrow();
    assertThat(rpc.binpath()).isEqualTo(row("RpcSs").get("regImagePath"));
    assertThat(rpc.description()).isEqualTo(row("RpcSs").get("regDescription"));
  }

  /** get() by name: display name from the configuration, status and pid from the status call. */
  @Test
  void getReadsOneService() {
    WindowsService plug =
        WindowsBackend.over(new ReplayWindowsApi(CAPTURE))
            .windowsServices()
            .service("PlugPlay")
            .orElseThrow();
    assertThat(plug.displayName()).isEqualTo(row("PlugPlay").get("regDisplayName"));
    assertThat(plug.status()).isEqualTo(WindowsService.Status.RUNNING);
    assertThat(plug.pid()).isPresent();
    assertThat(plug.username()).isEqualTo(row("PlugPlay").get("regObjectName"));
  }

  /** A name no service has is Wine's ERROR_SERVICE_DOES_NOT_EXIST (1060): no service. */
  @Test
  void aMissingServiceIsEmpty() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
    assertThat(CAPTURE.keyValues("manifest.txt").get("OpenServiceW.missing")).isEqualTo("1060");
    assertThat(WindowsBackend.over(api).windowsServices().service("no such service")).isEmpty();
  }

  /** ERROR_ACCESS_DENIED (5) opening a service is AccessDenied naming the service. */
  @Test
  void aDeniedServiceIsAccessDenied() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE).failNext("OpenServiceW", 5);
    assertThatThrownBy(() -> WindowsBackend.over(api).windowsServices().service("RpcSs"))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("RpcSs");
  }

  /** A denied enumeration is AccessDenied too; another error names the call and its code. */
  @Test
  void listErrorsAreMapped() {
    ReplayWindowsApi denied = new ReplayWindowsApi(CAPTURE).failNext("EnumServicesStatusExW", 5);
    assertThatThrownBy(() -> WindowsBackend.over(denied).windowsServices().services())
        .isInstanceOf(AccessDenied.class);
    ReplayWindowsApi broken = new ReplayWindowsApi(CAPTURE).failNext("EnumServicesStatusExW", 1722);
    assertThatThrownBy(() -> WindowsBackend.over(broken).windowsServices().services())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("EnumServicesStatusExW failed: Windows error 1722");
  }

  /**
   * ERROR_MORE_DATA with the bytes needed (20000 from a 16384-byte first try): the next try holds
   * that plus half the old size, 28192 bytes, and is answered.
   */
  @Test
  void theListGrowsToTheSizeAskedFor() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
    api.serviceListBytes = 20000;
    WindowsBackend.over(api).windowsServices().services();
    assertThat(api.calls)
        .filteredOn(c -> c.startsWith("EnumServicesStatusExW"))
        .containsExactly("EnumServicesStatusExW(16384)", "EnumServicesStatusExW(28192)");
  }

  /** A service deleted between the list and its queries is left out of the list. */
  @Test
  void aServiceGoneAfterTheListIsLeftOut() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE).failNext("CONFIG", 1060);
    List<WindowsService> services = WindowsBackend.over(api).windowsServices().services();
    assertThat(services).hasSize(CAPTURE.tsv("services.tsv").size() - 1);
    assertThat(services.get(0).name()).isEqualTo(CAPTURE.tsv("services.tsv").get(1).get("name"));
  }

  /** A description the service lacks (ERROR_MUI_FILE_NOT_FOUND) is "", as psutil. */
  @Test
  void aMissingDescriptionIsEmpty() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE).failNext("DESCRIPTION", 15100);
    assertThat(
            WindowsBackend.over(api).windowsServices().service("RpcSs").orElseThrow().description())
        .isEmpty();
  }

  /**
   * ERROR_INSUFFICIENT_BUFFER from QueryServiceConfigW without a size: the next try holds half as
   * much again (1024 then 1536 bytes) and is answered.
   */
  @Test
  void aConfigThatDoesNotFitIsAskedAgainWithMoreRoom() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE).failNext("CONFIG", 122);
    WindowsService rpc = WindowsBackend.over(api).windowsServices().service("RpcSs").orElseThrow();
    assertThat(rpc.binpath()).isEqualTo(row("RpcSs").get("regImagePath"));
    assertThat(api.calls)
        .filteredOn(c -> c.contains("CONFIG"))
        .containsExactly("serviceQuery(RpcSs, CONFIG, 1024)", "serviceQuery(RpcSs, CONFIG, 1536)");
  }
}
