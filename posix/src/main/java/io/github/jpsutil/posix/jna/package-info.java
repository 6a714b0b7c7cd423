/**
 * JNA mappings of POSIX libc functions shared by the Unix backends: one interface per concern, each
 * binding libc, so that a struct whose layout differs per OS is decoded by that OS's backend from
 * bytes. Opened to {@code com.sun.jna} for reflection.
 */
package io.github.jpsutil.posix.jna;
