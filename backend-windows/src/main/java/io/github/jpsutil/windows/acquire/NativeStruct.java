package io.github.jpsutil.windows.acquire;

import java.nio.ByteBuffer;

/**
 * Bytes a Windows call wrote, copied off the native heap, with the native address they were written
 * at (pointers inside the struct, such as {@code UNICODE_STRING.Buffer}, refer to it).
 *
 * @param bytes little-endian, position 0, limit = the length the call reported
 * @param address the native address of byte 0 at the time of the call
 */
public record NativeStruct(ByteBuffer bytes, long address) {}
