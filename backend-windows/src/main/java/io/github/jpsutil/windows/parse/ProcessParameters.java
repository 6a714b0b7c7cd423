package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.spi.CType.UINT16;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * The way from a process handle to its command line, current directory and environment, as psutil's
 * {@code arch/windows/proc_info.c} walks it: {@code PROCESS_BASIC_INFORMATION.PebBaseAddress} →
 * {@code PEB.ProcessParameters} → {@code RTL_USER_PROCESS_PARAMETERS}, whose {@code
 * UNICODE_STRING}s and environment pointer lead to the text in the process's memory.
 */
public final class ProcessParameters {
  private ProcessParameters() {}

  public static final CStruct BASIC_INFORMATION =
      CStruct.declare("PROCESS_BASIC_INFORMATION", 48, X64, "windows.h", "winternl.h");
  public static final CField PEB_BASE_ADDRESS =
      BASIC_INFORMATION.field("PebBaseAddress", 8, POINTER);

  public static final CStruct PEB = CStruct.declare("PEB", 712, X64, "windows.h", "winternl.h");
  public static final CField PROCESS_PARAMETERS = PEB.field("ProcessParameters", 0x20, POINTER);

  /** The part winternl.h declares; the environment lies beyond it (see below). */
  public static final CStruct LAYOUT =
      CStruct.declare("RTL_USER_PROCESS_PARAMETERS", 128, X64, "windows.h", "winternl.h");

  private static final String PHNT = "MinGW-w64 winternl.h keeps it in PVOID Reserved2[10]";
  public static final CField CURRENT_DIRECTORY_LENGTH =
      LAYOUT.fieldAsHeaderHasIt("CurrentDirectory.DosPath.Length", 0x38, UINT16, 2, null, PHNT);
  public static final CField CURRENT_DIRECTORY_BUFFER =
      LAYOUT.fieldAsHeaderHasIt("CurrentDirectory.DosPath.Buffer", 0x40, POINTER, 8, null, PHNT);
  public static final CField COMMAND_LINE_LENGTH = LAYOUT.field("CommandLine.Length", 0x70, UINT16);
  public static final CField COMMAND_LINE_BUFFER =
      LAYOUT.field("CommandLine.Buffer", 0x78, POINTER);

  /**
   * {@code PVOID Environment} and {@code SIZE_T EnvironmentSize} (phnt {@code ntrtl.h}; psutil's
   * {@code RTL_USER_PROCESS_PARAMETERS_} in {@code ntextapi.h}): past the end of winternl.h's
   * struct, so no header checks them; the Wine capture test compares both with where and how much
   * the probe read.
   */
  public static final int ENVIRONMENT = 0x80;

  public static final int ENVIRONMENT_SIZE = 0x3F0;

  /** Bytes of the parameters the acquire layer reads: up to and including EnvironmentSize. */
  public static final int READ_SIZE = ENVIRONMENT_SIZE + 8;

  /** Where a piece of text lies in the other process. */
  public record Remote(long address, long length) {}

  public static long pebAddress(ByteBuffer basicInformation) {
    return nonNull(PEB_BASE_ADDRESS, PEB_BASE_ADDRESS.pointer(basicInformation, 0));
  }

  public static long parametersAddress(ByteBuffer pebStart) {
    return nonNull(PROCESS_PARAMETERS, PROCESS_PARAMETERS.pointer(pebStart, 0));
  }

  public static Remote commandLine(ByteBuffer params) {
    return string(params, COMMAND_LINE_LENGTH, COMMAND_LINE_BUFFER);
  }

  public static Remote currentDirectory(ByteBuffer params) {
    return string(params, CURRENT_DIRECTORY_LENGTH, CURRENT_DIRECTORY_BUFFER);
  }

  public static Remote environment(ByteBuffer params) {
    if (params.limit() < READ_SIZE) {
      throw LAYOUT.malformed(
          "needs " + READ_SIZE + " bytes for the environment, got " + params.limit());
    }
    long size = params.getLong(ENVIRONMENT_SIZE);
    if (size < 0 || size > 64L << 20) {
      throw LAYOUT.malformed("EnvironmentSize " + size + " is outside 0..64 MiB");
    }
    return new Remote(params.getLong(ENVIRONMENT), size);
  }

  private static Remote string(ByteBuffer params, CField length, CField buffer) {
    int bytes = length.u16(params, 0);
    if (bytes % 2 != 0) {
      throw length.malformed("is odd: " + bytes);
    }
    return new Remote(buffer.pointer(params, 0), bytes);
  }

  private static long nonNull(CField f, long pointer) {
    if (pointer == 0) {
      throw f.malformed("is NULL");
    }
    return pointer;
  }

  /** UTF-16LE text, up to the first NUL if any. */
  public static String utf16(ByteBuffer buf) {
    String s = PointedText.utf16(buf, "UTF-16 text");
    int nul = s.indexOf('\0');
    return nul < 0 ? s : s.substring(0, nul);
  }
}
