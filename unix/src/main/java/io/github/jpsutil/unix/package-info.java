/**
 * What the macOS, FreeBSD and SunOS backends share beyond {@code io.github.jpsutil.posix}: rules
 * and decoders that would otherwise be written three times, and libc calls Linux does without.
 */
package io.github.jpsutil.unix;
