package io.github.jpsutil.sunos.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.sunos.jna.LibKstat;
import io.github.jpsutil.sunos.jna.LibSocket;
import io.github.jpsutil.sunos.jna.LibcIllumos;
import io.github.jpsutil.sunos.parse.SwapTable;
import io.github.jpsutil.sunos.parse.Tpi;
import io.github.jpsutil.sunos.parse.Utmpx;
import io.github.jpsutil.unix.UtmpxRecords;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** {@link SunOsNative} through JNA; loads libkstat and libc on first use. */
public final class JnaSunOsNative implements SunOsNative {
  /** illumos {@code sys/swap.h}: {@code SC_LIST} 2, {@code SC_GETNSWP} 3. */
  private static final int SC_LIST = 2;

  private static final int SC_GETNSWP = 3;

  /** {@code MAXPATHLEN} ({@code sys/param.h}), what swap(1M) gives each {@code ste_path}. */
  private static final int MAXPATHLEN = 1024;

  /** psinfo_t and friends come in the reader's data model; the decoders use LP64. */
  public JnaSunOsNative() {
    if (Native.POINTER_SIZE != 8) {
      throw new IllegalStateException(
          "jpsutil-backend-sunos needs a 64-bit JVM; pointer size is " + Native.POINTER_SIZE);
    }
  }

  @Override
  public long kstatOpen() {
    return Pointer.nativeValue(LibKstat.INSTANCE.kstat_open()); // 0 for NULL
  }

  @Override
  public int kstatRead(long kc, long ksp) {
    return LibKstat.INSTANCE.kstat_read(new Pointer(kc), new Pointer(ksp), null);
  }

  @Override
  public void kstatClose(long kc) {
    LibKstat.INSTANCE.kstat_close(new Pointer(kc));
  }

  @Override
  public ByteBuffer peek(long address, int length) {
    byte[] bytes = new Pointer(address).getByteArray(0, length);
    return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
  }

  @Override
  public int swapCount() {
    return LibcIllumos.INSTANCE.swapctl(SC_GETNSWP, null);
  }

  @Override
  public int swapList(int slots, ByteBuffer table) {
    Memory native_ = new Memory(table.capacity());
    native_.clear();
    Memory paths = new Memory((long) slots * MAXPATHLEN);
    native_.setInt(SwapTable.SWT_N.offset(), slots);
    for (int i = 0; i < slots; i++) {
      long entry = SwapTable.entryOffset(i) + SwapTable.STE_PATH.offset();
      native_.setPointer(entry, paths.share((long) i * MAXPATHLEN));
    }
    int n = LibcIllumos.INSTANCE.swapctl(SC_LIST, native_);
    Reference.reachabilityFence(paths); // only the table points at the path buffers
    table.put(0, native_.getByteArray(0, table.capacity()));
    return n;
  }

  @Override
  public List<ByteBuffer> utmpx() {
    return UtmpxRecords.all(Utmpx.LAYOUT.size());
  }

  @Override
  public int lifIoctl(long request, ByteBuffer lifreq) {
    int fd = LibSocket.INSTANCE.socket(LibSocket.AF_INET, LibSocket.SOCK_DGRAM, 0);
    if (fd == -1) {
      return -1;
    }
    byte[] buf = new byte[lifreq.capacity()];
    lifreq.get(0, buf);
    int rc = LibcIllumos.INSTANCE.ioctl(fd, (int) request, buf);
    int saved = Native.getLastError();
    LibcIllumos.INSTANCE.close(fd);
    Native.setLastError(saved);
    lifreq.put(0, buf);
    return rc;
  }

  @Override
  public int getifaddrs(long[] head) {
    PointerByReference list = new PointerByReference();
    int rc = LibSocket.INSTANCE.getifaddrs(list);
    head[0] = rc == -1 ? 0 : Pointer.nativeValue(list.getValue());
    return rc;
  }

  @Override
  public void freeifaddrs(long list) {
    LibSocket.INSTANCE.freeifaddrs(new Pointer(list));
  }

  @Override
  public String cString(long address) {
    return new Pointer(address).getString(0, "UTF-8");
  }

  /**
   * {@code O_RDWR} 2 ({@code sys/fcntl.h}); {@code I_PUSH} = {@code ('S'<<8)|02} ({@code
   * sys/stropts.h}).
   */
  private static final int O_RDWR = 2;

  private static final int I_PUSH = 0x5302;

  @Override
  public int mibStreamOpen() {
    int fd = LibcIllumos.INSTANCE.open("/dev/arp", O_RDWR);
    if (fd == -1) {
      return -1;
    }
    if (LibcIllumos.INSTANCE.ioctl(fd, I_PUSH, "tcp") == -1
        || LibcIllumos.INSTANCE.ioctl(fd, I_PUSH, "udp") == -1) {
      int saved = Native.getLastError();
      LibcIllumos.INSTANCE.close(fd);
      Native.setLastError(saved);
      return -1;
    }
    return fd;
  }

  @Override
  public int putmsg(int fd, ByteBuffer ctl) {
    Memory buf = new Memory(ctl.capacity());
    byte[] bytes = new byte[ctl.capacity()];
    ctl.get(0, bytes);
    buf.write(0, bytes, 0, bytes.length);
    Memory sb = strbuf(buf, bytes.length, bytes.length);
    int rc = LibcIllumos.INSTANCE.putmsg(fd, sb, null, 0);
    Reference.reachabilityFence(buf); // only sb points at it while putmsg runs
    return rc;
  }

  @Override
  public int getmsg(int fd, ByteBuffer ctl, ByteBuffer data, int[] lens) {
    Memory c = ctl == null ? null : new Memory(Math.max(1, ctl.capacity()));
    Memory d = data == null ? null : new Memory(Math.max(1, data.capacity()));
    Memory cs = c == null ? null : strbuf(c, ctl.capacity(), 0);
    Memory ds = d == null ? null : strbuf(d, data.capacity(), 0);
    int rc = LibcIllumos.INSTANCE.getmsg(fd, cs, ds, new int[1]);
    Reference.reachabilityFence(c);
    Reference.reachabilityFence(d);
    lens[0] = copyBack(cs, c, ctl);
    lens[1] = copyBack(ds, d, data);
    return rc;
  }

  private static Memory strbuf(Memory buf, int maxlen, int len) {
    Memory sb = new Memory(Tpi.STRBUF.size());
    sb.setInt(Tpi.SB_MAXLEN.offset(), maxlen);
    sb.setInt(Tpi.SB_LEN.offset(), len);
    sb.setPointer(Tpi.SB_BUF.offset(), buf);
    return sb;
  }

  /** The strbuf's {@code len} (-1: no such part), its bytes copied into {@code out}. */
  private static int copyBack(Memory sb, Memory buf, ByteBuffer out) {
    if (sb == null) {
      return -1;
    }
    int len = sb.getInt(Tpi.SB_LEN.offset());
    if (len > 0) {
      out.put(0, buf.getByteArray(0, Math.min(len, out.capacity())));
    }
    return len;
  }

  @Override
  public void close(int fd) {
    LibcIllumos.INSTANCE.close(fd);
  }

  @Override
  public int errno() {
    return Native.getLastError();
  }
}
