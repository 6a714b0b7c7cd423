package io.github.jpsutil.spi;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * One member of a {@link CStruct}: its name as the C header spells it (a designator such as {@code
 * kp_proc.p_pid} for a nested member), offset, type and width. Decoders read a field only through
 * these methods, so the offset exists once, in the declaration the compiler checks. Each read fails
 * with a {@link MalformedDataException} naming the struct and field when the buffer is too short or
 * the value impossible.
 *
 * <p>The {@code base} overloads read the field of the struct that starts at {@code base} in the
 * buffer (an array of structs, or a struct after a header).
 */
public final class CField {
  private final CStruct struct;
  private final String name;
  private final int offset;
  private final CType type;
  private final int width;
  private final String headerDesignator;
  private final String headerNote;

  CField(
      CStruct struct,
      String name,
      int offset,
      CType type,
      int width,
      String headerDesignator,
      String headerNote) {
    this.struct = struct;
    this.name = name;
    this.offset = offset;
    this.type = type;
    this.width = width;
    this.headerDesignator = headerDesignator;
    this.headerNote = headerNote;
  }

  /** {@return the struct this field belongs to} */
  public CStruct struct() {
    return struct;
  }

  /** {@return the member designator as the vendor's documentation spells it} */
  public String name() {
    return name;
  }

  /** {@return offset in bytes from the start of the struct} */
  public int offset() {
    return offset;
  }

  /** {@return the C type the field is declared with} */
  public CType type() {
    return type;
  }

  /** {@return width in bytes} */
  public int width() {
    return width;
  }

  /**
   * The designator {@code offsetof} uses against the headers the layout check compiles with: the
   * name itself, another spelling where those headers name the member differently, or empty where
   * they hide it (in a {@code Reserved} array); {@link #headerNote()} then says why.
   *
   * @return the designator, or empty when the headers do not name the member
   */
  public Optional<String> headerDesignator() {
    return Optional.ofNullable(headerDesignator);
  }

  /** {@return why the header check differs from the name, or empty when it does not} */
  public Optional<String> headerNote() {
    return Optional.ofNullable(headerNote);
  }

  /** {@return {@code struct.field}, the name error messages use} */
  public String qualifiedName() {
    return struct.name() + "." + name;
  }

  /** The field's bytes at {@code base}, or an exception naming it when the buffer ends first. */
  private int at(ByteBuffer buf, int base, CType expected) {
    if (expected != null
        && type != expected
        && !(expected == CType.UINT64 && type == CType.POINTER)) {
      throw new IllegalStateException(
          qualifiedName() + " is declared " + type + ", read as " + expected);
    }
    long start = (long) base + offset;
    if (base < 0 || start + width > buf.limit()) {
      throw new MalformedDataException(
          qualifiedName()
              + " needs bytes "
              + start
              + ".."
              + (start + width)
              + ", but the buffer holds "
              + buf.limit());
    }
    return (int) start;
  }

  /**
   * Reads a signed 8-bit field of the struct at the start of {@code buf}.
   *
   * @param buf the struct's bytes, in the platform's byte order
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public int i8(ByteBuffer buf) {
    return i8(buf, 0);
  }

  /**
   * Reads a signed 8-bit field of the struct that starts at {@code base} (an element of an array of
   * structs).
   *
   * @param buf the bytes, in the platform's byte order
   * @param base offset of the struct in {@code buf}
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public int i8(ByteBuffer buf, int base) {
    return buf.get(at(buf, base, CType.INT8));
  }

  /**
   * Reads an unsigned 8-bit field of the struct at the start of {@code buf}.
   *
   * @param buf the struct's bytes, in the platform's byte order
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public int u8(ByteBuffer buf) {
    return u8(buf, 0);
  }

  /**
   * Reads an unsigned 8-bit field of the struct that starts at {@code base} (an element of an array
   * of structs).
   *
   * @param buf the bytes, in the platform's byte order
   * @param base offset of the struct in {@code buf}
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public int u8(ByteBuffer buf, int base) {
    return buf.get(at(buf, base, CType.UINT8)) & 0xFF;
  }

  /**
   * Reads an unsigned 16-bit field of the struct at the start of {@code buf}.
   *
   * @param buf the struct's bytes, in the platform's byte order
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public int u16(ByteBuffer buf) {
    return u16(buf, 0);
  }

  /**
   * Reads an unsigned 16-bit field of the struct that starts at {@code base} (an element of an
   * array of structs).
   *
   * @param buf the bytes, in the platform's byte order
   * @param base offset of the struct in {@code buf}
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public int u16(ByteBuffer buf, int base) {
    return buf.getShort(at(buf, base, CType.UINT16)) & 0xFFFF;
  }

  /**
   * Reads a signed 32-bit field of the struct at the start of {@code buf}.
   *
   * @param buf the struct's bytes, in the platform's byte order
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public int i32(ByteBuffer buf) {
    return i32(buf, 0);
  }

  /**
   * Reads a signed 32-bit field of the struct that starts at {@code base} (an element of an array
   * of structs).
   *
   * @param buf the bytes, in the platform's byte order
   * @param base offset of the struct in {@code buf}
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public int i32(ByteBuffer buf, int base) {
    return buf.getInt(at(buf, base, CType.INT32));
  }

  /**
   * Reads an unsigned 32-bit field of the struct at the start of {@code buf}.
   *
   * @param buf the struct's bytes, in the platform's byte order
   * @return the value (0–2^32-1)
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public long u32(ByteBuffer buf) {
    return u32(buf, 0);
  }

  /**
   * Reads an unsigned 32-bit field of the struct that starts at {@code base} (an element of an
   * array of structs).
   *
   * @param buf the bytes, in the platform's byte order
   * @param base offset of the struct in {@code buf}
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public long u32(ByteBuffer buf, int base) {
    return buf.getInt(at(buf, base, CType.UINT32)) & 0xFFFF_FFFFL;
  }

  /**
   * Reads a signed 64-bit field of the struct at the start of {@code buf}.
   *
   * @param buf the struct's bytes, in the platform's byte order
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public long i64(ByteBuffer buf) {
    return i64(buf, 0);
  }

  /**
   * Reads a signed 64-bit field of the struct that starts at {@code base} (an element of an array
   * of structs).
   *
   * @param buf the bytes, in the platform's byte order
   * @param base offset of the struct in {@code buf}
   * @return the value
   * @throws MalformedDataException if the buffer ends before the field does
   * @throws IllegalStateException if the field is declared with another type
   */
  public long i64(ByteBuffer buf, int base) {
    return buf.getLong(at(buf, base, CType.INT64));
  }

  /**
   * An unsigned 64-bit field that must fit a Java long: a value of 2^63 or more is no plausible
   * count, size or time, so it is rejected rather than wrapped negative.
   *
   * @param buf the struct's bytes, in the platform's byte order
   * @return the value, 0 to 2^63-1
   * @throws MalformedDataException if the buffer ends first, or the value is 2^63 or more
   */
  public long u64(ByteBuffer buf) {
    return u64(buf, 0);
  }

  /**
   * Reads an unsigned 64-bit field of the struct at {@code base}, as {@link #u64(ByteBuffer)}.
   *
   * @param buf the bytes, in the platform's byte order
   * @param base offset of the struct in {@code buf}
   * @return the value, 0 to 2^63-1
   * @throws MalformedDataException if the buffer ends first, or the value is 2^63 or more
   */
  public long u64(ByteBuffer buf, int base) {
    long v = buf.getLong(at(buf, base, CType.UINT64));
    if (v < 0) {
      throw malformed("is " + Long.toUnsignedString(v) + ", beyond 2^63-1");
    }
    return v;
  }

  /**
   * A pointer-sized field as the raw bits (an address or a handle that is compared, never used).
   *
   * @param buf the bytes, in the platform's byte order
   * @param base offset of the struct in {@code buf}
   * @return the 64 bits as a long
   * @throws MalformedDataException if the buffer ends before the field does
   */
  public long pointer(ByteBuffer buf, int base) {
    return buf.getLong(at(buf, base, CType.POINTER));
  }

  /**
   * A NUL-terminated C string in a {@code char[width]} field, decoded as UTF-8 (kernels copy file
   * and command names byte for byte); the whole field when it has no NUL.
   *
   * @param buf the struct's bytes
   * @return the string before the first NUL
   * @throws MalformedDataException if the buffer ends before the field does
   */
  public String cString(ByteBuffer buf) {
    return cString(buf, 0);
  }

  /**
   * The C string of the struct at {@code base}, as {@link #cString(ByteBuffer)}.
   *
   * @param buf the bytes
   * @param base offset of the struct in {@code buf}
   * @return the string before the first NUL
   * @throws MalformedDataException if the buffer ends before the field does
   */
  public String cString(ByteBuffer buf, int base) {
    return CStrings.decode(buf, at(buf, base, CType.CHAR_ARRAY), width);
  }

  /**
   * A copy of the field's bytes (for {@link CType#BYTES} and any other kind).
   *
   * @param buf the bytes
   * @param base offset of the struct in {@code buf}
   * @return {@link #width()} bytes
   * @throws MalformedDataException if the buffer ends before the field does
   */
  public byte[] bytes(ByteBuffer buf, int base) {
    byte[] out = new byte[width];
    buf.get(at(buf, base, null), out);
    return out;
  }

  /**
   * An exception naming this field and what was wrong with its value.
   *
   * @param what the problem, e.g. {@code "is -1"}
   * @return the exception, to throw; its message is {@code struct.field what}
   */
  public MalformedDataException malformed(String what) {
    return new MalformedDataException(qualifiedName() + " " + what);
  }

  @Override
  public String toString() {
    return qualifiedName() + " @" + offset + " " + type + "[" + width + "]";
  }
}
