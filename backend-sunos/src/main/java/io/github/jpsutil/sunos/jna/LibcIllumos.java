package io.github.jpsutil.sunos.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The illumos libc calls without a posix counterpart. Loaded on first use, only on SunOS. */
public interface LibcIllumos extends Library {
  LibcIllumos INSTANCE = Native.load("c", LibcIllumos.class);

  /** {@code int swapctl(int cmd, void *arg)} (swapctl(2)): -1 with errno on failure. */
  int swapctl(int cmd, Pointer arg);

  /** {@code int ioctl(int, int request, ...)}: -1 with errno on failure. */
  int ioctl(int fd, int request, byte[] arg);

  int close(int fd);

  /** {@code ioctl(fd, I_PUSH, "module")}. */
  int ioctl(int fd, int request, String module);

  /** {@code int open(const char *, int)}. */
  int open(String path, int flags);

  /** {@code int putmsg(int, const struct strbuf *ctl, const struct strbuf *data, int flags)}. */
  int putmsg(int fd, Pointer ctl, Pointer data, int flags);

  /** {@code int getmsg(int, struct strbuf *ctl, struct strbuf *data, int *flagsp)}. */
  int getmsg(int fd, Pointer ctl, Pointer data, int[] flags);
}
