package io.github.jpsutil.windows.acquire;

import java.nio.ByteBuffer;

/**
 * What one Windows call answered: its status ({@code NTSTATUS}, or the Win32 error code, 0 on
 * success), the size it asked for when the buffer was too small, and the bytes it wrote, copied off
 * the native heap with the native address they were written at (pointers inside a struct, such as
 * {@code UNICODE_STRING.Buffer}, refer to it).
 *
 * @param status {@code NTSTATUS} (negative is failure) or Win32 error code (non-zero is failure)
 * @param needed bytes the call asked for; meaningful when it reported a too-small buffer
 * @param bytes little-endian, position 0, limit = the length the call wrote
 * @param address the native address of byte 0 at the time of the call
 */
public record Reply(int status, int needed, ByteBuffer bytes, long address) {}
