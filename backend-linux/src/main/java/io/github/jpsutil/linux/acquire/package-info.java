/** Reads files under the configured procfs/sysfs/root, returning text and bytes. */
package io.github.jpsutil.linux.acquire;
