package io.github.jpsutil.sunos.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * illumos libsocket ({@code -lsocket}): {@code socket(3SOCKET)} and {@code getifaddrs(3SOCKET)}
 * live there, not in libc (Solaris 11 keeps libsocket as a filter on libc). Loaded on first use.
 */
public interface LibSocket extends Library {
  LibSocket INSTANCE = Native.load("socket", LibSocket.class);

  /** {@code AF_INET} 2 and {@code SOCK_DGRAM} 1 (illumos numbers it 1, Linux 2). */
  int AF_INET = 2;

  int SOCK_DGRAM = 1;

  /** {@code int socket(int, int, int)}: -1 with errno on failure. */
  int socket(int domain, int type, int protocol);

  /** {@code int getifaddrs(struct ifaddrs **)}: -1 with errno on failure. */
  int getifaddrs(PointerByReference ifap);

  void freeifaddrs(Pointer ifa);
}
