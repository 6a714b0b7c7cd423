/**
 * Calls the kernel through the {@code jna} mappings and returns the raw structs as native-order
 * {@link java.nio.ByteBuffer}s, translating errno into jpsutil's exceptions. The only code that
 * touches the OS besides {@code jna}.
 */
package io.github.jpsutil.macos.acquire;
