/**
 * JNA mappings for libkstat. Acquire layer; opened to com.sun.jna. Nothing here is loaded until the
 * backend reads a kstat on SunOS.
 */
package io.github.jpsutil.sunos.jna;
