package io.github.jpsutil.sunos.acquire;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.jpsutil.sunos.jna.LibKstat;
import io.github.jpsutil.sunos.jna.LibcIllumos;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** {@link SunOsNative} through JNA; loads libkstat and libc on first use. */
public final class JnaSunOsNative implements SunOsNative {
  @Override
  public long kstatOpen() {
    Pointer kc = LibKstat.INSTANCE.kstat_open();
    return kc == null ? 0 : Pointer.nativeValue(kc);
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
  public long sysconf(int name) {
    return LibcIllumos.INSTANCE.sysconf(name);
  }

  @Override
  public int errno() {
    return Native.getLastError();
  }
}
