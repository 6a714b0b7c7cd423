package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.spi.CType.UINT16;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * What {@code NtQueryObject} answers about a handle (winternl.h): OBJECT_NAME_INFORMATION (the
 * object's native path, e.g. {@code \Device\HarddiskVolume1\x.txt}) and OBJECT_TYPE_INFORMATION
 * (its type, e.g. "File"), each starting with a UNICODE_STRING whose Buffer points into the answer.
 */
public final class ObjectInformation {
  private ObjectInformation() {}

  public static final CStruct NAME =
      CStruct.declare("OBJECT_NAME_INFORMATION", 16, X64, "windows.h", "winternl.h");

  public static final CField NAME_LENGTH =
      NAME.fieldAsHeaderHasIt("NameLength", 0, UINT16, 2, "Name.Length", "UNICODE_STRING");
  public static final CField NAME_BUFFER =
      NAME.fieldAsHeaderHasIt("NameBuffer", 8, POINTER, 8, "Name.Buffer", "UNICODE_STRING");

  public static final CStruct TYPE =
      CStruct.declare("OBJECT_TYPE_INFORMATION", 104, X64, "windows.h", "winternl.h");

  public static final CField TYPE_NAME_LENGTH =
      TYPE.fieldAsHeaderHasIt("TypeNameLength", 0, UINT16, 2, "TypeName.Length", "UNICODE_STRING");
  public static final CField TYPE_NAME_BUFFER =
      TYPE.fieldAsHeaderHasIt("TypeNameBuffer", 8, POINTER, 8, "TypeName.Buffer", "UNICODE_STRING");

  /**
   * The object's name; "" for an object without one.
   *
   * @param address where the answer was written (the UNICODE_STRING's Buffer points into it)
   */
  public static String name(ByteBuffer buf, long address) {
    NAME.require(buf);
    return UnicodeString.read(buf, address, 0, NAME_LENGTH, NAME_BUFFER, "the object name");
  }

  /**
   * The object type's name ("File", "Event", "Key", …).
   *
   * @param address where the answer was written (the UNICODE_STRING's Buffer points into it)
   */
  public static String typeName(ByteBuffer buf, long address) {
    // Windows may write fewer bytes than the struct when the caller's buffer is just the name.
    if (buf.limit() < TYPE_NAME_BUFFER.offset() + TYPE_NAME_BUFFER.width()) {
      throw TYPE.malformed("answer of " + buf.limit() + " bytes has no TypeName");
    }
    return UnicodeString.read(buf, address, 0, TYPE_NAME_LENGTH, TYPE_NAME_BUFFER, "the type name");
  }
}
