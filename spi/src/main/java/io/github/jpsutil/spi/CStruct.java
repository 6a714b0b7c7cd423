package io.github.jpsutil.spi;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A fixed C struct a backend decodes, declared once as data: its name as C spells it ({@code struct
 * kinfo_proc}, {@code SYSTEM_PROCESS_INFORMATION}), the headers that define it, the ABIs the layout
 * is valid for, its size, and its fields ({@link CField}). Decoders read only through the fields;
 * the testkit layout checks turn the same declaration into {@code _Static_assert}s and compile them
 * against the real headers (MinGW-w64 for Windows, zig's macOS SDK for macOS, gcc for Linux) or
 * hold them against a cited table of facts (FreeBSD, illumos). Declare it as a {@code public static
 * final} constant of the decoder, each field as a {@code public static final} {@link CField} right
 * below it:
 *
 * <pre>{@code
 * public static final CStruct LAYOUT =
 *     CStruct.declare("PERFORMANCE_INFORMATION", 104, Set.of(Abi.WINDOWS_X64), "windows.h", "psapi.h");
 * public static final CField PAGE_SIZE = LAYOUT.field("PageSize", 80, CType.UINT64);
 * }</pre>
 */
public final class CStruct {
  private final String name;
  private final int size;
  private final Set<Abi> abis;
  private final List<String> headers;
  private final List<CField> fields = new ArrayList<>();

  private CStruct(String name, int size, Set<Abi> abis, List<String> headers) {
    this.name = name;
    this.size = size;
    this.abis = Collections.unmodifiableSet(EnumSet.copyOf(abis));
    this.headers = List.copyOf(headers);
  }

  /**
   * Declares a struct layout; its fields follow with {@link #field} and {@link #array}.
   *
   * @param name the type as C spells it, usable in {@code sizeof(name)}
   * @param size {@code sizeof} in bytes on every ABI in {@code abis}
   * @param abis where this layout holds (one declaration per distinct layout)
   * @param headers included, in this order, to define the type
   * @return the layout, with no fields yet
   * @throws IllegalArgumentException if {@code size} is not positive or {@code abis} is empty
   */
  public static CStruct declare(String name, int size, Set<Abi> abis, String... headers) {
    Objects.requireNonNull(name, "name");
    if (size <= 0) {
      throw new IllegalArgumentException(name + ": size must be > 0, got " + size);
    }
    if (abis.isEmpty()) {
      throw new IllegalArgumentException(name + ": no ABI given");
    }
    return new CStruct(name, size, abis, List.of(headers));
  }

  /**
   * Declares a scalar field whose width its type gives.
   *
   * @param name the member's name as the C headers spell it
   * @param offset {@code offsetof} in bytes
   * @param type the C type
   * @return the field, to read values with
   * @throws IllegalArgumentException if the type has no fixed width or the field lies outside the
   *     struct
   */
  public CField field(String name, int offset, CType type) {
    if (type.width() == 0) {
      throw new IllegalArgumentException(name + ": " + type + " needs a width; use array()");
    }
    return add(name, offset, type, type.width(), name, null);
  }

  /**
   * Declares a {@code char[width]} field (a C string) or a {@link CType#BYTES} run.
   *
   * @param name the member's name as the C headers spell it
   * @param offset {@code offsetof} in bytes
   * @param type {@link CType#CHAR_ARRAY} or {@link CType#BYTES}
   * @param width the array's length in bytes
   * @return the field, to read values with
   * @throws IllegalArgumentException if the field lies outside the struct
   */
  public CField array(String name, int offset, CType type, int width) {
    return add(name, offset, type, width, name, null);
  }

  /**
   * A field the check's headers spell differently ({@code headerDesignator}), or hide ({@code
   * headerDesignator} null, e.g. inside a {@code Reserved} array): {@code why} says which and is
   * printed by the layout check. The struct's size and its named neighbours are still checked.
   *
   * @param name the member's name in this project
   * @param offset {@code offsetof} in bytes
   * @param type the C type
   * @param width the field's width in bytes
   * @param headerDesignator the headers' spelling, or null where they hide the member
   * @param why printed by the layout check
   * @return the field, to read values with
   * @throws IllegalArgumentException if the field lies outside the struct
   */
  public CField fieldAsHeaderHasIt(
      String name, int offset, CType type, int width, String headerDesignator, String why) {
    Objects.requireNonNull(why, "why");
    return add(name, offset, type, width, headerDesignator, why);
  }

  private CField add(
      String fieldName, int offset, CType type, int width, String designator, String note) {
    if (offset < 0 || width <= 0 || offset + width > size) {
      throw new IllegalArgumentException(
          name + "." + fieldName + " @" + offset + " width " + width + " lies outside " + size);
    }
    CField f = new CField(this, fieldName, offset, type, width, designator, note);
    fields.add(f);
    return f;
  }

  /** {@return the type as C spells it} */
  public String name() {
    return name;
  }

  /** {@return {@code sizeof} in bytes} */
  public int size() {
    return size;
  }

  /** {@return the ABIs where this layout holds} */
  public Set<Abi> abis() {
    return abis;
  }

  /** {@return the headers that define the type, in include order} */
  public List<String> headers() {
    return headers;
  }

  /** {@return the fields in declaration order} */
  public List<CField> fields() {
    return Collections.unmodifiableList(fields);
  }

  /**
   * Fails unless the whole struct fits in {@code buf} from its start.
   *
   * @param buf the bytes read from the OS
   * @throws MalformedDataException naming the struct and both sizes if it does not fit
   */
  public void require(ByteBuffer buf) {
    require(buf, 0);
  }

  /**
   * Fails unless the whole struct fits in {@code buf} from {@code base}.
   *
   * @param buf the bytes read from the OS
   * @param base offset of the struct in {@code buf}
   * @throws MalformedDataException naming the struct and both sizes if it does not fit
   */
  public void require(ByteBuffer buf, int base) {
    if (base < 0 || (long) base + size > buf.limit()) {
      throw new MalformedDataException(
          name
              + " needs "
              + size
              + " bytes at offset "
              + base
              + ", but the buffer holds "
              + buf.limit());
    }
  }

  /**
   * An exception naming this struct and what was wrong with it.
   *
   * @param what the problem
   * @return the exception, to throw; its message is {@code struct what}
   */
  public MalformedDataException malformed(String what) {
    return new MalformedDataException(name + " " + what);
  }

  @Override
  public String toString() {
    return name + " (" + size + " bytes, " + abis + ")";
  }
}
