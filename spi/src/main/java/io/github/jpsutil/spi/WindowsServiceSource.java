package io.github.jpsutil.spi;

import io.github.jpsutil.api.WindowsService;
import java.util.List;
import java.util.Optional;

/** Windows services (psutil's {@code win_service_iter} / {@code win_service_get}). */
public interface WindowsServiceSource {
  List<WindowsService> services();

  /** The service with this name; empty if there is none. */
  Optional<WindowsService> service(String name);
}
