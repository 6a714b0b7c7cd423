package io.github.jpsutil.api;

import java.util.Map;

/**
 * Memory that is the process's own, in bytes (psutil 8.0's {@code pfootprint}). {@code uss} is what
 * would be freed if the process exited.
 */
public sealed interface MemoryFootprint {
  /** {@return unique set size: memory freed if the process ended now, bytes} */
  long uss();

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  Map<String, Long> asMap();

  /**
   * Linux, from {@code /proc/<pid>/smaps_rollup}: {@code pss} shares each shared page among its
   * users; {@code swap} is swapped-out memory.
   *
   * @param uss psutil's {@code uss}, bytes
   * @param pss psutil's {@code pss}, bytes
   * @param swap psutil's {@code swap}, bytes
   */
  record Linux(long uss, long pss, long swap) implements MemoryFootprint {
    public Map<String, Long> asMap() {
      return Fields.of("uss", uss, "pss", pss, "swap", swap);
    }
  }

  /**
   * macOS and Windows: uss only.
   *
   * @param uss psutil's {@code uss}, bytes
   */
  record Basic(long uss) implements MemoryFootprint {
    public Map<String, Long> asMap() {
      return Fields.of("uss", uss);
    }
  }
}
