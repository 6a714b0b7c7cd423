package io.github.jpsutil.spi;

/**
 * The C ABIs a struct declaration ({@link CStruct}) can be valid for. Each names the compiler
 * target whose headers decide the layout: the layout checks compile the declarations for it.
 */
public enum Abi {
  /** 64-bit Windows (LLP64: {@code long} is 4 bytes, pointers and {@code SIZE_T} 8). */
  WINDOWS_X64,
  /** macOS on Intel (LP64, Darwin's SDK headers). */
  MACOS_X86_64,
  /** macOS on Apple silicon (LP64, Darwin's SDK headers). */
  MACOS_ARM64,
  /** FreeBSD on amd64 (LP64, SysV AMD64 psABI). */
  FREEBSD_AMD64,
  /** illumos (and Solaris) on amd64, 64-bit processes (LP64, SysV AMD64 psABI). */
  ILLUMOS_AMD64,
  /** Linux on x86_64 with glibc (LP64, SysV AMD64 psABI). */
  LINUX_X86_64
}
