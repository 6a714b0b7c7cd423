package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.spi.CType.UINT8;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * {@code NtQueryInformationFile} answers psutil's open_files filters on (winternl.h): a handle is a
 * regular file when FILE_STANDARD_INFORMATION says neither Directory nor DeletePending and
 * FILE_BASIC_INFORMATION has no FILE_ATTRIBUTE_DIRECTORY (a directory's index stream, e.g. {@code
 * C:\$Extend\$ObjId:$O:$INDEX_ALLOCATION}, reports Directory false but has the attribute).
 */
public final class FileInformation {
  private FileInformation() {}

  /** {@code FILE_INFORMATION_CLASS} values (winternl.h, wdm.h). */
  public static final int FILE_BASIC_INFORMATION = 4;

  public static final int FILE_STANDARD_INFORMATION = 5;

  public static final CStruct STANDARD =
      CStruct.declare("FILE_STANDARD_INFORMATION", 24, X64, "windows.h", "winternl.h");

  public static final CField DELETE_PENDING = STANDARD.field("DeletePending", 20, UINT8);
  public static final CField DIRECTORY = STANDARD.field("Directory", 21, UINT8);

  public static final CStruct BASIC =
      CStruct.declare("FILE_BASIC_INFORMATION", 40, X64, "windows.h", "winternl.h");

  public static final CField FILE_ATTRIBUTES = BASIC.field("FileAttributes", 32, UINT32);

  private static final long FILE_ATTRIBUTE_DIRECTORY = 0x10;

  /** {@return whether FILE_STANDARD_INFORMATION describes a file that is not being deleted} */
  public static boolean isLiveFile(ByteBuffer standard) {
    STANDARD.require(standard);
    return DIRECTORY.u8(standard, 0) == 0 && DELETE_PENDING.u8(standard, 0) == 0;
  }

  /** {@return whether FILE_BASIC_INFORMATION has no FILE_ATTRIBUTE_DIRECTORY} */
  public static boolean isNotDirectory(ByteBuffer basic) {
    BASIC.require(basic);
    return (FILE_ATTRIBUTES.u32(basic, 0) & FILE_ATTRIBUTE_DIRECTORY) == 0;
  }
}
