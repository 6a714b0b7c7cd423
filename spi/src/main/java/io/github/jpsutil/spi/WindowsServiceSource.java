package io.github.jpsutil.spi;

import io.github.jpsutil.api.WindowsService;
import java.util.List;
import java.util.Optional;

/** Windows services (psutil's {@code win_service_iter} / {@code win_service_get}). */
public interface WindowsServiceSource {
  default List<WindowsService> services() {
    throw Unsupported.of(this, "win_service_iter");
  }

  /** The service with this name; empty if there is none. */
  default Optional<WindowsService> service(String name) {
    throw Unsupported.of(this, "win_service_get");
  }
}
