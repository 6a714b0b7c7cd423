package io.github.jpsutil.windows.acquire;

/**
 * The three per-service calls psutil's {@code WindowsService} makes, each on a service handle
 * opened with the access it needs (winsvc.h {@code SERVICE_QUERY_CONFIG} 0x1, {@code
 * SERVICE_QUERY_STATUS} 0x4), as psutil's {@code psutil_get_service_from_args} opens them.
 */
public enum ServiceQuery {
  /** {@code QueryServiceConfigW}: {@code QUERY_SERVICE_CONFIGW} and its strings. */
  CONFIG(0x1),
  /** {@code QueryServiceConfig2W(SERVICE_CONFIG_DESCRIPTION)}: {@code SERVICE_DESCRIPTIONW}. */
  DESCRIPTION(0x1),
  /** {@code QueryServiceStatusEx(SC_STATUS_PROCESS_INFO)}: {@code SERVICE_STATUS_PROCESS}. */
  STATUS(0x4);

  private final int access;

  ServiceQuery(int access) {
    this.access = access;
  }

  /** {@return the access right {@code OpenServiceW} is asked for} */
  public int access() {
    return access;
  }
}
