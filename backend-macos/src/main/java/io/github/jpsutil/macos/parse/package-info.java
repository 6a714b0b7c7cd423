/**
 * Pure functions from the bytes of macOS structs to api records, at the offsets of the LP64 ABI
 * (x86_64 and arm64, little-endian; headers from Apple's xnu). No JNA, no I/O: {@code
 * BackendLayeringTest} (itests) fails the build if this package imports either, so every decoder
 * runs on any OS.
 */
package io.github.jpsutil.macos.parse;
