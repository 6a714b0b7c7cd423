package io.github.jpsutil.macos.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.macos.jna.IoKit;
import io.github.jpsutil.macos.parse.BlockStorageStatistics;
import io.github.jpsutil.macos.parse.PowerSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The IOKit registry and power-source reads of {@link JnaMacNative}: each CoreFoundation object is
 * converted to Java values here, and every object a read created or was handed is released before
 * it returns, last first ({@link Releases}).
 */
final class IoRegistry {
  private IoRegistry() {}

  private static final IoKit IO = IoKit.INSTANCE;
  private static final IoKit.CoreFoundation CF = IoKit.CoreFoundation.INSTANCE;

  /** {@code kCFNumberSInt64Type} ({@code CFNumber.h}). */
  private static final int SINT64 = 4;

  /** What one read must release: CF objects with CFRelease, IOKit objects with IOObjectRelease. */
  private static final class Releases implements AutoCloseable {
    private final Deque<Runnable> pending = new ArrayDeque<>();

    Pointer cf(Pointer p, String call) {
      if (p == null) {
        throw new IllegalStateException(call + "() returned NULL");
      }
      pending.push(() -> CF.CFRelease(p));
      return p;
    }

    int io(int object) {
      pending.push(() -> IO.IOObjectRelease(object));
      return object;
    }

    @Override
    public void close() {
      while (!pending.isEmpty()) {
        pending.pop().run();
      }
    }
  }

  static Optional<PowerSource> firstPowerSource() {
    try (Releases r = new Releases()) {
      Pointer blob = r.cf(IO.IOPSCopyPowerSourcesInfo(), "IOPSCopyPowerSourcesInfo");
      Pointer list = r.cf(IO.IOPSCopyPowerSourcesList(blob), "IOPSCopyPowerSourcesList");
      if (CF.CFArrayGetCount(list) == 0) {
        return Optional.empty();
      }
      // Owned by the blob: not released on its own.
      Pointer d = IO.IOPSGetPowerSourceDescription(blob, CF.CFArrayGetValueAtIndex(list, 0));
      if (d == null) {
        throw new IllegalStateException("IOPSGetPowerSourceDescription() returned NULL");
      }
      return Optional.of(
          new PowerSource(
              int32(d, PowerSource.CURRENT_CAPACITY),
              string(d, PowerSource.POWER_SOURCE_STATE),
              int32(d, PowerSource.TIME_TO_EMPTY)));
    }
  }

  /** The value of {@code key}, a CFNumber read as a 64-bit integer; empty if absent. */
  private static OptionalLong number(Pointer dict, String key) {
    Pointer v = value(dict, key);
    Memory out = new Memory(8);
    return v != null
            && CF.CFGetTypeID(v) == CF.CFNumberGetTypeID()
            && CF.CFNumberGetValue(v, SINT64, out) != 0
        ? OptionalLong.of(out.getLong(0))
        : OptionalLong.empty();
  }

  /** An {@code int}-valued number (the power source keys); out of range is an error. */
  private static OptionalInt int32(Pointer dict, String key) {
    OptionalLong v = number(dict, key);
    return v.isPresent() ? OptionalInt.of(Math.toIntExact(v.getAsLong())) : OptionalInt.empty();
  }

  private static Optional<String> string(Pointer dict, String key) {
    return Optional.ofNullable(value(dict, key)).flatMap(IoRegistry::text);
  }

  private static Optional<String> text(Pointer cfString) {
    byte[] buf = new byte[256];
    return CF.CFGetTypeID(cfString) == CF.CFStringGetTypeID()
            && CF.CFStringGetCString(cfString, buf, buf.length, IoKit.CoreFoundation.UTF8) != 0
        ? Optional.of(Native.toString(buf, "UTF-8"))
        : Optional.empty();
  }

  private static Pointer value(Pointer dict, String key) {
    Pointer k = CF.CFStringCreateWithCString(null, key, IoKit.CoreFoundation.UTF8);
    try {
      return CF.CFDictionaryGetValue(dict, k);
    } finally {
      CF.CFRelease(k);
    }
  }

  /**
   * psutil's {@code IOMedia} walk: whole disks are those whose parent is a block storage driver.
   */
  static Map<String, Map<String, Long>> blockStorageStatistics() {
    Map<String, Map<String, Long>> out = new HashMap<>();
    try (Releases r = new Releases()) {
      IntByReference iter = new IntByReference();
      if (IO.IOServiceGetMatchingServices(0, IO.IOServiceMatching("IOMedia"), iter) != 0) {
        throw new IllegalStateException("IOServiceGetMatchingServices(IOMedia) failed");
      }
      r.io(iter.getValue());
      for (int disk; (disk = IO.IOIteratorNext(iter.getValue())) != 0; ) {
        r.io(disk);
        IntByReference parent = new IntByReference();
        if (IO.IORegistryEntryGetParentEntry(disk, "IOService", parent) != 0) {
          throw new IllegalStateException("IORegistryEntryGetParentEntry failed");
        }
        if (IO.IOObjectConformsTo(r.io(parent.getValue()), "IOBlockStorageDriver") == 0) {
          continue;
        }
        String name =
            string(properties(r, disk), BlockStorageStatistics.BSD_NAME)
                .orElseThrow(() -> new IllegalStateException("IOMedia without BSD Name"));
        Pointer stats = value(properties(r, parent.getValue()), BlockStorageStatistics.STATISTICS);
        if (stats == null || CF.CFGetTypeID(stats) != CF.CFDictionaryGetTypeID()) {
          throw new IllegalStateException(name + ": no driver Statistics");
        }
        Map<String, Long> values = new HashMap<>();
        for (String key : BlockStorageStatistics.KEYS) {
          number(stats, key).ifPresent(v -> values.put(key, v));
        }
        out.put(name, values);
      }
    }
    return out;
  }

  private static Pointer properties(Releases r, int entry) {
    PointerByReference props = new PointerByReference();
    if (IO.IORegistryEntryCreateCFProperties(entry, props, null, 0) != 0) {
      throw new IllegalStateException("IORegistryEntryCreateCFProperties failed");
    }
    return r.cf(props.getValue(), "IORegistryEntryCreateCFProperties");
  }

  /** psutil's {@code psutil_find_pmgr_entry} walk, then every CFData property of the entry. */
  static Optional<Map<String, byte[]>> dataOf(String serviceClass, String name) {
    try (Releases r = new Releases()) {
      IntByReference iter = new IntByReference();
      // kIOMainPortDefault is 0; the call consumes the matching dictionary.
      if (IO.IOServiceGetMatchingServices(0, IO.IOServiceMatching(serviceClass), iter) != 0
          || iter.getValue() == 0) {
        return Optional.empty();
      }
      r.io(iter.getValue());
      for (int e; (e = IO.IOIteratorNext(iter.getValue())) != 0; ) {
        byte[] n = new byte[128];
        if (IO.IORegistryEntryGetName(r.io(e), n) == 0
            && Native.toString(n, "UTF-8").equals(name)) {
          PointerByReference props = new PointerByReference();
          return IO.IORegistryEntryCreateCFProperties(e, props, null, 0) != 0
                  || props.getValue() == null
              ? Optional.empty()
              : Optional.of(dataProperties(r.cf(props.getValue(), "properties")));
        }
      }
      return Optional.empty();
    }
  }

  private static Map<String, byte[]> dataProperties(Pointer dict) {
    int count = Math.toIntExact(CF.CFDictionaryGetCount(dict));
    Pointer[] keys = new Pointer[count];
    Pointer[] values = new Pointer[count];
    if (count > 0) {
      CF.CFDictionaryGetKeysAndValues(dict, keys, values);
    }
    Map<String, byte[]> out = new HashMap<>();
    for (int i = 0; i < count; i++) {
      Optional<String> key =
          CF.CFGetTypeID(values[i]) == CF.CFDataGetTypeID() ? text(keys[i]) : Optional.empty();
      if (key.isPresent()) {
        int len = Math.toIntExact(CF.CFDataGetLength(values[i]));
        out.put(
            key.get(),
            len == 0 ? new byte[0] : CF.CFDataGetBytePtr(values[i]).getByteArray(0, len));
      }
    }
    return out;
  }
}
