/**
 * Reads the {@code /proc/<pid>} files under the configured procfs root and the kstat chain (through
 * {@code jna}), returning native-order {@link java.nio.ByteBuffer}s and translating errors into
 * jpsutil's exceptions. Never hard-codes {@code /proc}, so tests point it at fixture trees.
 */
package io.github.jpsutil.sunos.acquire;
