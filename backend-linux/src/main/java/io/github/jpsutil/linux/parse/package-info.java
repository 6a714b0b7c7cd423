/**
 * Pure functions from the text or bytes of kernel files and structs to api records. No file I/O, no
 * JNA: {@code BackendLayeringTest} (itests) fails the build if this package imports either.
 */
package io.github.jpsutil.linux.parse;
