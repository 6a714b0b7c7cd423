package io.github.jpsutil.windows;

import io.github.jpsutil.api.WindowsService;
import io.github.jpsutil.spi.WindowsServiceSource;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.ServiceCalls;
import io.github.jpsutil.windows.acquire.ServiceQuery;
import io.github.jpsutil.windows.parse.ServiceConfig;
import io.github.jpsutil.windows.parse.ServiceDescription;
import io.github.jpsutil.windows.parse.ServiceList;
import io.github.jpsutil.windows.parse.ServiceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * psutil's {@code win_service_iter()} and {@code win_service_get(name)}: the service list, then per
 * service its configuration and description (psutil's {@code WindowsService.as_dict()}). psutil
 * reads each field lazily; a record here holds them all, read when it is made.
 */
record WindowsServices(ServiceCalls calls) implements WindowsServiceSource {
  /**
   * Every SERVICE_WIN32 service. The state and pid are those the list came with ({@code
   * ENUM_SERVICE_STATUS_PROCESSW} carries the same {@code SERVICE_STATUS_PROCESS} that {@code
   * QueryServiceStatusEx} returns); a service deleted between the list and its queries is left out,
   * as it no longer exists.
   */
  @Override
  public List<WindowsService> services() {
    Reply list = calls.list();
    List<WindowsService> out = new ArrayList<>();
    for (ServiceList.Entry e : ServiceList.decode(list.bytes(), list.address(), list.needed())) {
      Optional<ServiceConfig> config = config(e.name());
      Optional<String> description = description(e.name());
      if (config.isPresent() && description.isPresent()) {
        // The display name from the list, as psutil's win_service_iter() caches it.
        out.add(service(e.name(), e.displayName(), config.get(), e.status(), description.get()));
      }
    }
    return List.copyOf(out);
  }

  /** One service; its display name from its configuration, as psutil's win_service_get(). */
  @Override
  public Optional<WindowsService> service(String name) {
    Objects.requireNonNull(name, "name");
    Optional<ServiceConfig> config = config(name);
    if (config.isEmpty()) {
      return Optional.empty();
    }
    Optional<ServiceStatus> status =
        calls.query(name, ServiceQuery.STATUS).map(r -> ServiceStatus.decode(r.bytes(), 0));
    Optional<String> description = description(name);
    if (status.isEmpty() || description.isEmpty()) {
      return Optional.empty();
    }
    ServiceConfig c = config.get();
    return Optional.of(service(name, c.displayName(), c, status.get(), description.get()));
  }

  private Optional<ServiceConfig> config(String name) {
    return calls
        .query(name, ServiceQuery.CONFIG)
        .map(r -> ServiceConfig.decode(r.bytes(), r.address()));
  }

  private Optional<String> description(String name) {
    return calls
        .query(name, ServiceQuery.DESCRIPTION)
        .map(r -> r.bytes().limit() == 0 ? "" : ServiceDescription.decode(r.bytes(), r.address()));
  }

  private static WindowsService service(
      String name, String displayName, ServiceConfig c, ServiceStatus s, String description) {
    return new WindowsService(
        name,
        displayName,
        c.binpath(),
        c.username(),
        c.startType(),
        s.pid(),
        s.status(),
        description);
  }
}
