package io.github.jpsutil.macos.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.macos.jna.IoKit;
import io.github.jpsutil.macos.parse.BlockStorageStatistics;
import io.github.jpsutil.macos.parse.PowerSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The IOKit registry and power-source reads of {@link JnaMacNative}: each CoreFoundation object is
 * converted to Java values here and released before returning.
 */
final class IoRegistry {
  private IoRegistry() {}

  static Optional<PowerSource> firstPowerSource() {
    IoKit io = IoKit.INSTANCE;
    IoKit.CoreFoundation cf = IoKit.CoreFoundation.INSTANCE;
    Pointer blob = io.IOPSCopyPowerSourcesInfo();
    if (blob == null) {
      throw new IllegalStateException("IOPSCopyPowerSourcesInfo() returned NULL");
    }
    try {
      Pointer list = io.IOPSCopyPowerSourcesList(blob);
      if (list == null) {
        throw new IllegalStateException("IOPSCopyPowerSourcesList() returned NULL");
      }
      try {
        if (cf.CFArrayGetCount(list) == 0) {
          return Optional.empty();
        }
        Pointer d = io.IOPSGetPowerSourceDescription(blob, cf.CFArrayGetValueAtIndex(list, 0));
        if (d == null) {
          throw new IllegalStateException("IOPSGetPowerSourceDescription() returned NULL");
        }
        return Optional.of(
            new PowerSource(
                number(d, PowerSource.CURRENT_CAPACITY, 3),
                string(d, PowerSource.POWER_SOURCE_STATE),
                number(d, PowerSource.TIME_TO_EMPTY, 9)));
      } finally {
        cf.CFRelease(list);
      }
    } finally {
      cf.CFRelease(blob);
    }
  }

  /** The value of {@code key}, a CFNumber read as {@code numberType}; empty if absent. */
  private static OptionalInt number(Pointer dict, String key, int numberType) {
    IoKit.CoreFoundation cf = IoKit.CoreFoundation.INSTANCE;
    Pointer v = value(dict, key);
    Memory out = new Memory(8);
    return v != null
            && cf.CFGetTypeID(v) == cf.CFNumberGetTypeID()
            && cf.CFNumberGetValue(v, numberType, out) != 0
        ? OptionalInt.of(out.getInt(0))
        : OptionalInt.empty();
  }

  private static Optional<String> string(Pointer dict, String key) {
    IoKit.CoreFoundation cf = IoKit.CoreFoundation.INSTANCE;
    Pointer v = value(dict, key);
    byte[] buf = new byte[256];
    return v != null
            && cf.CFGetTypeID(v) == cf.CFStringGetTypeID()
            && cf.CFStringGetCString(v, buf, buf.length, IoKit.CoreFoundation.UTF8) != 0
        ? Optional.of(Native.toString(buf, "UTF-8"))
        : Optional.empty();
  }

  private static Pointer value(Pointer dict, String key) {
    IoKit.CoreFoundation cf = IoKit.CoreFoundation.INSTANCE;
    Pointer k = cf.CFStringCreateWithCString(null, key, IoKit.CoreFoundation.UTF8);
    try {
      return cf.CFDictionaryGetValue(dict, k);
    } finally {
      cf.CFRelease(k);
    }
  }

  /**
   * psutil's {@code IOMedia} walk: whole disks are those whose parent is a block storage driver.
   */
  static Map<String, Map<String, Long>> blockStorageStatistics() {
    IoKit io = IoKit.INSTANCE;
    IoKit.CoreFoundation cf = IoKit.CoreFoundation.INSTANCE;
    IntByReference iter = new IntByReference();
    if (io.IOServiceGetMatchingServices(0, io.IOServiceMatching("IOMedia"), iter) != 0) {
      throw new IllegalStateException("IOServiceGetMatchingServices(IOMedia) failed");
    }
    Map<String, Map<String, Long>> out = new HashMap<>();
    try {
      for (int disk = io.IOIteratorNext(iter.getValue());
          disk != 0;
          disk = io.IOIteratorNext(iter.getValue())) {
        IntByReference parent = new IntByReference();
        try {
          if (io.IORegistryEntryGetParentEntry(disk, "IOService", parent) != 0) {
            throw new IllegalStateException("IORegistryEntryGetParentEntry failed");
          }
          try {
            if (io.IOObjectConformsTo(parent.getValue(), "IOBlockStorageDriver") != 0) {
              Pointer media = properties(disk);
              Pointer driver = properties(parent.getValue());
              try {
                String name =
                    string(media, BlockStorageStatistics.BSD_NAME)
                        .orElseThrow(() -> new IllegalStateException("IOMedia without BSD Name"));
                Pointer stats = value(driver, BlockStorageStatistics.STATISTICS);
                if (stats == null || cf.CFGetTypeID(stats) != cf.CFDictionaryGetTypeID()) {
                  throw new IllegalStateException(name + ": no driver Statistics");
                }
                Map<String, Long> values = new HashMap<>();
                for (String key : BlockStorageStatistics.KEYS) {
                  Pointer n = value(stats, key);
                  Memory v = new Memory(8);
                  if (n != null
                      && cf.CFGetTypeID(n) == cf.CFNumberGetTypeID()
                      && cf.CFNumberGetValue(n, 4, v) != 0) {
                    values.put(key, v.getLong(0));
                  }
                }
                out.put(name, values);
              } finally {
                cf.CFRelease(media);
                cf.CFRelease(driver);
              }
            }
          } finally {
            io.IOObjectRelease(parent.getValue());
          }
        } finally {
          io.IOObjectRelease(disk);
        }
      }
    } finally {
      io.IOObjectRelease(iter.getValue());
    }
    return out;
  }

  private static Pointer properties(int entry) {
    PointerByReference props = new PointerByReference();
    if (IoKit.INSTANCE.IORegistryEntryCreateCFProperties(entry, props, null, 0) != 0
        || props.getValue() == null) {
      throw new IllegalStateException("IORegistryEntryCreateCFProperties failed");
    }
    return props.getValue();
  }

  /** psutil's {@code psutil_find_pmgr_entry} walk, then every CFData property of the entry. */
  static Optional<Map<String, byte[]>> dataOf(String serviceClass, String name) {
    IoKit io = IoKit.INSTANCE;
    IntByReference iter = new IntByReference();
    // kIOMainPortDefault is 0; the call consumes the matching dictionary.
    if (io.IOServiceGetMatchingServices(0, io.IOServiceMatching(serviceClass), iter) != 0
        || iter.getValue() == 0) {
      return Optional.empty();
    }
    int entry = 0;
    try {
      for (int e = io.IOIteratorNext(iter.getValue());
          e != 0;
          e = io.IOIteratorNext(iter.getValue())) {
        byte[] n = new byte[128];
        if (io.IORegistryEntryGetName(e, n) == 0 && Native.toString(n, "UTF-8").equals(name)) {
          entry = e;
          break;
        }
        io.IOObjectRelease(e);
      }
    } finally {
      io.IOObjectRelease(iter.getValue());
    }
    if (entry == 0) {
      return Optional.empty();
    }
    try {
      PointerByReference props = new PointerByReference();
      if (io.IORegistryEntryCreateCFProperties(entry, props, null, 0) != 0
          || props.getValue() == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(dataProperties(props.getValue()));
      } finally {
        IoKit.CoreFoundation.INSTANCE.CFRelease(props.getValue());
      }
    } finally {
      io.IOObjectRelease(entry);
    }
  }

  private static Map<String, byte[]> dataProperties(Pointer dict) {
    IoKit.CoreFoundation cf = IoKit.CoreFoundation.INSTANCE;
    int count = Math.toIntExact(cf.CFDictionaryGetCount(dict));
    Pointer[] keys = new Pointer[count];
    Pointer[] values = new Pointer[count];
    if (count > 0) {
      cf.CFDictionaryGetKeysAndValues(dict, keys, values);
    }
    long stringType = cf.CFStringGetTypeID();
    long dataType = cf.CFDataGetTypeID();
    Map<String, byte[]> out = new HashMap<>();
    for (int i = 0; i < count; i++) {
      byte[] key = new byte[256];
      if (cf.CFGetTypeID(keys[i]) == stringType
          && cf.CFGetTypeID(values[i]) == dataType
          && cf.CFStringGetCString(keys[i], key, key.length, IoKit.CoreFoundation.UTF8) != 0) {
        int len = Math.toIntExact(cf.CFDataGetLength(values[i]));
        byte[] bytes = len == 0 ? new byte[0] : cf.CFDataGetBytePtr(values[i]).getByteArray(0, len);
        out.put(Native.toString(key, "UTF-8"), bytes);
      }
    }
    return out;
  }
}
