package io.github.jpsutil.spi;

import io.github.jpsutil.api.WindowsService;
import java.util.List;
import java.util.Optional;

/** Windows services (psutil's {@code win_service_iter} / {@code win_service_get}). */
public interface WindowsServiceSource {
  /** {@return every installed service (psutil's {@code win_service_iter()})} */
  default List<WindowsService> services() {
    throw Unsupported.of(this, "win_service_iter");
  }

  /**
   * One service by name (psutil's {@code win_service_get(name)}).
   *
   * @param name the service name (not the display name)
   * @return the service; empty if there is none
   */
  default Optional<WindowsService> service(String name) {
    throw Unsupported.of(this, "win_service_get");
  }
}
