package io.github.jpsutil.windows.parse;

import io.github.jpsutil.spi.Abi;
import java.util.Set;

/**
 * The ABIs every struct of this backend is declared for: 64-bit Windows only (8-byte pointers,
 * SIZE_T and HANDLE), the one ABI the backend runs on ({@code JnaWindowsApi} refuses a 32-bit JVM).
 */
final class WindowsAbi {
  private WindowsAbi() {}

  static final Set<Abi> X64 = Set.of(Abi.WINDOWS_X64);
}
