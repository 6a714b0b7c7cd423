/**
 * Contract tests every backend inherits (each backend's test sources extend these base classes), so
 * that five backends are held to one definition of "works": the provider contract, feature truth,
 * decoders that reject bad buffers, and struct layouts checked by real compilers.
 */
package io.github.jpsutil.testkit;
