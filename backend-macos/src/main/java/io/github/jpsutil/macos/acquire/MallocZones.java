package io.github.jpsutil.macos.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.macos.jna.LibSystem;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * This process's malloc zones ({@code malloc_get_all_zones}, falling back to {@code
 * malloc_default_zone} as psutil's {@code arch/osx/heap.c}).
 */
public final class MallocZones {
  private MallocZones() {}

  private static final LibSystem LIB = LibSystem.INSTANCE;

  /** {@code malloc_zone_statistics} of every zone, {@code statsSize} bytes each. */
  public static List<ByteBuffer> statistics(int statsSize) {
    List<ByteBuffer> out = new ArrayList<>();
    for (Pointer zone : zones()) {
      Memory m = new Memory(statsSize);
      m.clear();
      LIB.malloc_zone_statistics(zone, m);
      out.add(Sysctls.copy(m, statsSize));
    }
    return out;
  }

  /** {@code malloc_zone_pressure_relief(zone, 0)} on every zone: give back what is free. */
  public static void relievePressure() {
    for (Pointer zone : zones()) {
      LIB.malloc_zone_pressure_relief(zone, 0);
    }
  }

  private static List<Pointer> zones() {
    PointerByReference array = new PointerByReference();
    IntByReference count = new IntByReference();
    int kr = LIB.malloc_get_all_zones(LibSystem.machTaskSelf(), null, array, count);
    if (kr == 0 && array.getValue() != null && count.getValue() > 0) {
      // The array belongs to libmalloc (not to be freed); entries are vm_address_t.
      Pointer[] zones = array.getValue().getPointerArray(0, count.getValue());
      return List.of(zones);
    }
    Pointer fallback = LIB.malloc_default_zone();
    if (fallback == null) {
      throw new IllegalStateException("malloc_default_zone() returned NULL");
    }
    return List.of(fallback);
  }
}
