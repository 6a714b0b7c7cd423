/**
 * Pure functions from the bytes of illumos structs to api records, at the offsets of the LP64 ABI
 * (amd64, little-endian; headers from illumos-gate {@code usr/src/uts/common/sys/}). {@code /proc}
 * files come in the data model of the reader, and the JVM is 64-bit. No JNA, no I/O: {@code
 * BackendLayeringTest} (itests) fails the build if this package imports either, so every decoder
 * runs on any OS.
 */
package io.github.jpsutil.sunos.parse;
