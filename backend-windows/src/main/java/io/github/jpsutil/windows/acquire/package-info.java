/**
 * Calls Windows through the {@code jna} mappings and returns the raw structs as little-endian
 * {@link java.nio.ByteBuffer}s, translating failed calls into exceptions. The only code that
 * touches the OS besides {@code jna}.
 */
package io.github.jpsutil.windows.acquire;
