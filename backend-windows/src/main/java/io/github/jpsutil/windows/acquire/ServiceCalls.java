package io.github.jpsutil.windows.acquire;

import io.github.jpsutil.api.AccessDenied;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * The service control manager calls over a {@link WindowsApi}, with psutil's error rules ({@code
 * WindowsService._wrap_exceptions} in {@code _pswindows.py}): a denied call is {@link
 * AccessDenied}, a name no service has ({@code ERROR_SERVICE_DOES_NOT_EXIST}, {@code
 * ERROR_INVALID_NAME}) is an empty answer (psutil's NoSuchProcess), anything else names the call
 * and its error.
 */
public record ServiceCalls(WindowsApi api) {
  /** winerror.h codes the rules name. */
  static final int ERROR_FILE_NOT_FOUND = 2;

  static final int ERROR_ACCESS_DENIED = 5;
  static final int ERROR_INSUFFICIENT_BUFFER = 122;
  static final int ERROR_INVALID_NAME = 123;
  static final int ERROR_MORE_DATA = 234;
  static final int ERROR_SERVICE_DOES_NOT_EXIST = 1060;
  static final int ERROR_NOT_FOUND = 1168;
  static final int ERROR_MUI_FILE_NOT_FOUND = 15100;

  /** Bytes of {@code SERVICE_STATUS_PROCESS}: the status call's buffer never grows. */
  private static final int STATUS_SIZE = 36;

  /**
   * {@code EnumServicesStatusExW(SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL)}, grown on
   * {@code ERROR_MORE_DATA} as psutil's {@code psutil_winservice_enumerate} grows it.
   *
   * @return the array and its strings; {@link Reply#needed()} is the number of entries
   * @throws AccessDenied if the service control manager refuses to enumerate
   */
  public Reply list() {
    String call = "EnumServicesStatusExW";
    Reply r = WindowsCalls.grown(call, 16 * 1024, api::enumServices, s -> s == ERROR_MORE_DATA);
    return checked(call, null, r);
  }

  /**
   * One of the per-service calls on service {@code name}, grown on {@code
   * ERROR_INSUFFICIENT_BUFFER}. A description the service lacks ({@code ERROR_NOT_FOUND}, {@code
   * ERROR_FILE_NOT_FOUND}, {@code ERROR_MUI_FILE_NOT_FOUND}, as psutil's {@code
   * psutil_winservice_query_descr} lists them) is an empty buffer.
   *
   * @return the answer; empty if there is no service by that name
   * @throws AccessDenied if opening or querying the service is denied
   */
  public Optional<Reply> query(String name, ServiceQuery query) {
    String call = "service " + name + " " + query;
    Reply r =
        query == ServiceQuery.STATUS
            ? api.serviceQuery(name, query, STATUS_SIZE)
            : WindowsCalls.grown(
                call,
                1024,
                size -> api.serviceQuery(name, query, size),
                s -> s == ERROR_INSUFFICIENT_BUFFER);
    int s = r.status();
    if (s == ERROR_SERVICE_DOES_NOT_EXIST || s == ERROR_INVALID_NAME) {
      return Optional.empty();
    }
    boolean noDescription =
        s == ERROR_NOT_FOUND || s == ERROR_FILE_NOT_FOUND || s == ERROR_MUI_FILE_NOT_FOUND;
    if (query == ServiceQuery.DESCRIPTION && noDescription) {
      return Optional.of(
          new Reply(0, 0, ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN), r.address()));
    }
    return Optional.of(checked(call, name, r));
  }

  private static Reply checked(String call, String name, Reply r) {
    if (r.status() == ERROR_ACCESS_DENIED) {
      String what = name == null ? "services" : "service '" + name + "'";
      throw new AccessDenied(null, name, what + " is not querable (not enough privileges)");
    }
    if (r.status() != 0) {
      throw WindowsCalls.win32Failure(call, r.status());
    }
    return r;
  }
}
