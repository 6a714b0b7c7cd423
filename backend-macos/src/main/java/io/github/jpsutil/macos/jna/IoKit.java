package io.github.jpsutil.macos.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The IOKit registry calls ({@code IOKit/IOKitLib.h}) and the CoreFoundation accessors needed to
 * read an entry's properties. {@code io_object_t} is a Mach port name ({@code unsigned int});
 * {@code CFIndex} is a signed 64-bit {@code long}; {@code Boolean} an {@code unsigned char}.
 */
public interface IoKit extends Library {
  IoKit INSTANCE = Native.load("IOKit", IoKit.class);

  Pointer IOServiceMatching(String name);

  /** Consumes one reference of {@code matching}. */
  int IOServiceGetMatchingServices(int mainPort, Pointer matching, IntByReference iterator);

  int IOIteratorNext(int iterator);

  /** {@code name} is an {@code io_name_t}, {@code char[128]}. */
  int IORegistryEntryGetName(int entry, byte[] name);

  int IORegistryEntryCreateCFProperties(
      int entry, PointerByReference properties, Pointer allocator, int options);

  int IOObjectRelease(int object);

  /** {@code plane} is {@code kIOServicePlane}, "IOService". */
  int IORegistryEntryGetParentEntry(int entry, String plane, IntByReference parent);

  /** {@code boolean_t}: an {@code int}. */
  int IOObjectConformsTo(int object, String className);

  /** {@code IOKit/ps/IOPowerSources.h}: a snapshot blob, to release. */
  Pointer IOPSCopyPowerSourcesInfo();

  /** A CFArray of the blob's sources, to release. */
  Pointer IOPSCopyPowerSourcesList(Pointer blob);

  /** A CFDictionary owned by the blob (not released). */
  Pointer IOPSGetPowerSourceDescription(Pointer blob, Pointer source);

  /** CoreFoundation, which IOKit links. */
  interface CoreFoundation extends Library {
    CoreFoundation INSTANCE = Native.load("CoreFoundation", CoreFoundation.class);

    /** {@code kCFStringEncodingUTF8}. */
    int UTF8 = 0x0800_0100;

    long CFDictionaryGetCount(Pointer dict);

    void CFDictionaryGetKeysAndValues(Pointer dict, Pointer[] keys, Pointer[] values);

    long CFGetTypeID(Pointer cf);

    long CFStringGetTypeID();

    long CFDataGetTypeID();

    byte CFStringGetCString(Pointer string, byte[] buffer, long size, int encoding);

    long CFDataGetLength(Pointer data);

    Pointer CFDataGetBytePtr(Pointer data);

    void CFRelease(Pointer cf);

    long CFArrayGetCount(Pointer array);

    Pointer CFArrayGetValueAtIndex(Pointer array, long index);

    Pointer CFDictionaryGetValue(Pointer dict, Pointer key);

    Pointer CFStringCreateWithCString(Pointer allocator, String s, int encoding);

    /**
     * {@code kCFNumberSInt32Type} 3, {@code kCFNumberSInt64Type} 4, {@code kCFNumberIntType} 9
     * ({@code CFNumber.h}).
     */
    byte CFNumberGetValue(Pointer number, long type, Pointer value);

    long CFNumberGetTypeID();

    long CFDictionaryGetTypeID();
  }
}
