package io.github.jpsutil.macos.acquire;

import java.util.Map;
import java.util.Optional;

/**
 * Terminal device numbers to {@code /dev} paths, as psutil's {@code _psposix.get_terminal_map}: the
 * {@code st_rdev} of every {@code /dev/tty*} and {@code /dev/pts/*}. Rebuilt on a miss, since a
 * pseudo-terminal appears with every login. Thread-safe.
 */
public final class TerminalDevices {
  private final MacNative os;
  private Map<Integer, String> byDevice = Map.of();

  public TerminalDevices(MacNative os) {
    this.os = os;
  }

  /** The path of device {@code tdev} ({@code kinfo_proc.e_tdev}, a 32-bit {@code dev_t}). */
  public synchronized Optional<String> path(int tdev) {
    String hit = byDevice.get(tdev);
    if (hit == null) {
      byDevice = Map.copyOf(os.terminalDevices());
      hit = byDevice.get(tdev);
    }
    return Optional.ofNullable(hit);
  }
}
