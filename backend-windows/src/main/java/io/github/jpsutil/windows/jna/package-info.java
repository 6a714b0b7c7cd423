/**
 * JNA mappings for the Windows functions the backend calls. Acquire layer; opened to com.sun.jna.
 * Nothing here is loaded until the backend is created on Windows.
 */
package io.github.jpsutil.windows.jna;
