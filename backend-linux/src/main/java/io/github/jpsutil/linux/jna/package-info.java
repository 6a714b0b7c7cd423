/** JNA mappings for the Linux-only syscalls and structs. Acquire layer; opened to com.sun.jna. */
package io.github.jpsutil.linux.jna;
