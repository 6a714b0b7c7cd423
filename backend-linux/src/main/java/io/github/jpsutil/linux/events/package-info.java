/**
 * Process start, exec and exit events for the Linux backend (assemble layer): the process connector
 * when this process may use it, otherwise a {@code /proc} rescan with a pidfd on each process seen.
 * Native calls are in {@code acquire} and {@code jna}, decoders in {@code parse}.
 */
package io.github.jpsutil.linux.events;
