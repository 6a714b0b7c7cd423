package io.github.jpsutil.sunos.acquire;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.sunos.parse.KstatHeader;
import io.github.jpsutil.sunos.parse.KstatNamed;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * kstat reads. Each call opens the kstat chain, walks it from {@code kc_chain} along {@code
 * ks_next}, copies out what it needs and closes it, so the caller never holds native state.
 */
public record Kstats(SunOsNative lib) {

  /** One kstat's data section, copied out, with the header it came with. */
  public record Snapshot(KstatHeader header, ByteBuffer data) {
    /** The integer entry {@code field} of this named kstat; empty when it has none. */
    public OptionalLong optional(String field) {
      if (header.type() != KstatHeader.TYPE_NAMED) {
        throw new IllegalStateException("kstat " + header.id() + " is not a named kstat");
      }
      return KstatNamed.integer(data, header.ndata(), field);
    }

    /** The integer entry {@code field} of this named kstat; an exception when it has none. */
    public long named(String field) {
      return optional(field)
          .orElseThrow(
              () -> new MalformedDataException("kstat " + header.id() + " has no " + field));
    }
  }

  /** Every kstat of {@code module}, read, in instance order. */
  public List<Snapshot> module(String module) {
    return select(h -> h.module().equals(module));
  }

  /** Every kstat whose header {@code wanted} accepts, read, sorted by instance then name. */
  public List<Snapshot> select(Predicate<KstatHeader> wanted) {
    long kc = lib.kstatOpen();
    if (kc == 0) {
      throw NativeErrors.failure("kstat_open", lib.errno());
    }
    try {
      List<Snapshot> out = new ArrayList<>();
      long ksp = KstatHeader.KC_CHAIN.pointer(lib.peek(kc, KstatHeader.CTL.size()), 0);
      for (int seen = 0; ksp != 0; seen++) {
        if (seen > 1_000_000) {
          throw new IllegalStateException("kstat chain does not end (a cycle?)");
        }
        KstatHeader h = header(ksp);
        if (wanted.test(h)) {
          out.add(read(kc, ksp, h));
        }
        ksp = h.next();
      }
      out.sort(
          Comparator.comparingInt((Snapshot s) -> s.header().instance())
              .thenComparing(s -> s.header().name()));
      return List.copyOf(out);
    } finally {
      lib.kstatClose(kc);
    }
  }

  /** The one kstat {@code module:instance:name}; an exception naming it when absent. */
  public Snapshot lookup(String module, int instance, String name) {
    List<Snapshot> found =
        select(h -> h.module().equals(module) && h.instance() == instance && h.name().equals(name));
    if (found.isEmpty()) {
      throw new IllegalStateException(
          "kstat " + module + ":" + instance + ":" + name + " not found");
    }
    return found.get(0);
  }

  private KstatHeader header(long ksp) {
    return KstatHeader.decode(lib.peek(ksp, KstatHeader.LAYOUT.size()));
  }

  /** {@code kstat_read} fills {@code ks_data}; the header is read again to find it. */
  private Snapshot read(long kc, long ksp, KstatHeader before) {
    if (lib.kstatRead(kc, ksp) == -1) {
      throw NativeErrors.failure("kstat_read(" + before.id() + ")", lib.errno());
    }
    KstatHeader h = header(ksp);
    if (h.data() == 0) {
      throw new IllegalStateException("kstat_read(" + h.id() + ") left no data");
    }
    return new Snapshot(h, lib.peek(h.data(), Math.toIntExact(h.dataSize())));
  }
}
