package io.github.jpsutil.spi;

/**
 * The C type of one {@link CField}, as far as decoding needs it: its width in bytes and whether it
 * is signed. Arrays ({@code char[n]}, opaque bytes) take their width from the declaration.
 */
public enum CType {
  /** {@code char} where it holds a number (signed on every ABI here), {@code int8_t}. */
  INT8(1),
  /** {@code uint8_t}, {@code u_char}, {@code BYTE}. */
  UINT8(1),
  /** {@code uint16_t}, {@code u_short}, {@code USHORT}, {@code WORD}. */
  UINT16(2),
  /** {@code int32_t}, {@code int}, {@code pid_t}, {@code LONG} on Windows. */
  INT32(4),
  /** {@code uint32_t}, {@code u_int}, {@code natural_t}, {@code ULONG}, {@code DWORD}. */
  UINT32(4),
  /** {@code int64_t}, {@code long} on LP64, {@code time_t}, {@code LARGE_INTEGER}. */
  INT64(8),
  /** {@code uint64_t}, {@code u_long} on LP64, {@code SIZE_T}, {@code ULONGLONG}. */
  UINT64(8),
  /**
   * A pointer on a 64-bit ABI ({@code void *}, {@code HANDLE}), read as an unsigned 64-bit value.
   */
  POINTER(8),
  /** {@code char[n]}: a NUL-terminated string in a fixed field. */
  CHAR_ARRAY(0),
  /** Bytes the decoder reads as a unit or not at all (a nested struct, an array of numbers). */
  BYTES(0);

  private final int width;

  CType(int width) {
    this.width = width;
  }

  /** {@return width in bytes; 0 for the array kinds, whose width the declaration gives} */
  public int width() {
    return width;
  }
}
