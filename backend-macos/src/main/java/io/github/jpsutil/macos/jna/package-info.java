/**
 * JNA mappings for the libSystem functions the backend calls. Acquire layer; opened to com.sun.jna.
 * Nothing here is loaded until the backend is created on macOS.
 */
package io.github.jpsutil.macos.jna;
