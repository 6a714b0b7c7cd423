/**
 * Pure functions from the bytes of Windows structs to api records, at the offsets of the 64-bit ABI
 * (x64 and ARM64; little-endian). No JNA, no I/O: {@code BackendLayeringTest} (itests) fails the
 * build if this package imports either, so every decoder runs on any OS.
 */
package io.github.jpsutil.windows.parse;
