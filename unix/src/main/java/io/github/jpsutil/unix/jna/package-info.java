/**
 * JNA mappings of the libc functions only the non-Linux Unix backends call. Opened to {@code
 * com.sun.jna} for reflection.
 */
package io.github.jpsutil.unix.jna;
