/**
 * JNA mappings for the libc functions the backend calls. Acquire layer; opened to com.sun.jna.
 * Nothing here is loaded until the backend is created on FreeBSD.
 */
package io.github.jpsutil.freebsd.jna;
