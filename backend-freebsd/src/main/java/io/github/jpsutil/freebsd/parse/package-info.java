/**
 * Pure functions from the bytes of FreeBSD structs to api records, at the offsets of the amd64 ABI
 * (little-endian LP64; headers from FreeBSD 13/14 {@code sys/}). No JNA, no I/O: {@code
 * BackendLayeringTest} (itests) fails the build if this package imports either, so every decoder
 * runs on any OS.
 */
package io.github.jpsutil.freebsd.parse;
