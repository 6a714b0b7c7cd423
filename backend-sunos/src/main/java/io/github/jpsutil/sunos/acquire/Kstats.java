package io.github.jpsutil.sunos.acquire;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.sunos.jna.LibKstat;
import io.github.jpsutil.sunos.parse.KstatHeader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * kstat reads. Each call opens the kstat chain, snapshots what it needs and closes it, so the
 * caller never holds native state.
 */
public final class Kstats {
  private Kstats() {}

  /** {@code kstat_ctl_t.kc_chain}: after {@code kid_t kc_chain_id} and padding (LP64). */
  private static final int KC_CHAIN = 8;

  /** One kstat's data section, copied out, with the header it came with. */
  public record Snapshot(KstatHeader header, ByteBuffer data) {}

  /** Every kstat of {@code module}, read, in instance order. */
  public static List<Snapshot> module(String module) {
    LibKstat lib = LibKstat.INSTANCE;
    Pointer kc = open();
    try {
      List<Snapshot> out = new ArrayList<>();
      long ksp = Pointer.nativeValue(kc.getPointer(KC_CHAIN));
      while (ksp != 0) {
        KstatHeader h = header(ksp);
        if (h.module().equals(module)) {
          out.add(read(kc, ksp, module + ":" + h.instance() + ":" + h.name()));
        }
        ksp = h.next();
      }
      out.sort(Comparator.comparingInt(s -> s.header().instance()));
      return List.copyOf(out);
    } finally {
      lib.kstat_close(kc);
    }
  }

  /** The kstat {@code module:instance:name}, read; empty when it does not exist. */
  public static Optional<Snapshot> lookup(String module, int instance, String name) {
    LibKstat lib = LibKstat.INSTANCE;
    Pointer kc = open();
    try {
      Pointer ksp = lib.kstat_lookup(kc, module, instance, name);
      if (ksp == null) {
        return Optional.empty();
      }
      return Optional.of(read(kc, Pointer.nativeValue(ksp), module + ":" + instance + ":" + name));
    } finally {
      lib.kstat_close(kc);
    }
  }

  private static Pointer open() {
    Pointer kc = LibKstat.INSTANCE.kstat_open();
    if (kc == null) {
      throw NativeErrors.failure("kstat_open", Native.getLastError());
    }
    return kc;
  }

  private static KstatHeader header(long ksp) {
    return KstatHeader.decode(
        ByteBuffer.wrap(new Pointer(ksp).getByteArray(0, KstatHeader.SIZE))
            .order(ByteOrder.nativeOrder()));
  }

  /** {@code kstat_read} fills {@code ks_data}; the header is read again to find it. */
  private static Snapshot read(Pointer kc, long ksp, String what) {
    if (LibKstat.INSTANCE.kstat_read(kc, new Pointer(ksp), null) == -1) {
      throw NativeErrors.failure("kstat_read(" + what + ")", Native.getLastError());
    }
    KstatHeader h = header(ksp);
    if (h.data() == 0) {
      throw new IllegalStateException("kstat_read(" + what + ") left no data");
    }
    byte[] data = new Pointer(h.data()).getByteArray(0, Math.toIntExact(h.dataSize()));
    return new Snapshot(h, ByteBuffer.wrap(data).order(ByteOrder.nativeOrder()));
  }
}
