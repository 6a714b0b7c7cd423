package io.github.jpsutil.api;

import java.util.Map;

/** The numbers of one mapping, or of all mappings of one path, in bytes (psutil's pmmap fields). */
public sealed interface MemoryMapStats {
  /** {@return resident bytes of the mapping} */
  long rss();

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  Map<String, Long> asMap();

  /**
   * Field-wise sum, for psutil's {@code grouped=True}.
   *
   * @param other the sizes of another mapping of the same OS
   * @return a record whose every field is the sum of this one's and {@code other}'s
   */
  MemoryMapStats plus(MemoryMapStats other);

  /**
   * Linux, from {@code /proc/<pid>/smaps}.
   *
   * @param rss psutil's {@code rss}, bytes
   * @param size psutil's {@code size}, bytes
   * @param pss psutil's {@code pss}, bytes
   * @param sharedClean psutil's {@code shared_clean}, bytes
   * @param sharedDirty psutil's {@code shared_dirty}, bytes
   * @param privateClean psutil's {@code private_clean}, bytes
   * @param privateDirty psutil's {@code private_dirty}, bytes
   * @param referenced psutil's {@code referenced}, bytes
   * @param anonymous psutil's {@code anonymous}, bytes
   * @param swap psutil's {@code swap}, bytes
   */
  record Linux(
      long rss,
      long size,
      long pss,
      long sharedClean,
      long sharedDirty,
      long privateClean,
      long privateDirty,
      long referenced,
      long anonymous,
      long swap)
      implements MemoryMapStats {
    public Map<String, Long> asMap() {
      return Fields.of(
          "rss",
          rss,
          "size",
          size,
          "pss",
          pss,
          "shared_clean",
          sharedClean,
          "shared_dirty",
          sharedDirty,
          "private_clean",
          privateClean,
          "private_dirty",
          privateDirty,
          "referenced",
          referenced,
          "anonymous",
          anonymous,
          "swap",
          swap);
    }

    public Linux plus(MemoryMapStats other) {
      Linux o = (Linux) other;
      return new Linux(
          rss + o.rss,
          size + o.size,
          pss + o.pss,
          sharedClean + o.sharedClean,
          sharedDirty + o.sharedDirty,
          privateClean + o.privateClean,
          privateDirty + o.privateDirty,
          referenced + o.referenced,
          anonymous + o.anonymous,
          swap + o.swap);
    }
  }

  /**
   * FreeBSD (bytes since psutil 8.0).
   *
   * @param rss psutil's {@code rss}, bytes
   * @param privateBytes psutil's {@code private_bytes}, bytes
   * @param refCount psutil's {@code ref_count}, bytes
   * @param shadowCount psutil's {@code shadow_count}, bytes
   */
  record FreeBsd(long rss, long privateBytes, long refCount, long shadowCount)
      implements MemoryMapStats {
    public Map<String, Long> asMap() {
      return Fields.of(
          "rss", rss, "private", privateBytes, "ref_count", refCount, "shadow_count", shadowCount);
    }

    public FreeBsd plus(MemoryMapStats other) {
      FreeBsd o = (FreeBsd) other;
      return new FreeBsd(
          rss + o.rss,
          privateBytes + o.privateBytes,
          refCount + o.refCount,
          shadowCount + o.shadowCount);
    }
  }

  /**
   * SunOS.
   *
   * @param rss psutil's {@code rss}, bytes
   * @param anonymous psutil's {@code anonymous}, bytes
   * @param locked psutil's {@code locked}, bytes
   */
  record SunOs(long rss, long anonymous, long locked) implements MemoryMapStats {
    public Map<String, Long> asMap() {
      return Fields.of("rss", rss, "anonymous", anonymous, "locked", locked);
    }

    public SunOs plus(MemoryMapStats other) {
      SunOs o = (SunOs) other;
      return new SunOs(rss + o.rss, anonymous + o.anonymous, locked + o.locked);
    }
  }

  /**
   * Windows: rss only.
   *
   * @param rss psutil's {@code rss}, bytes
   */
  record Windows(long rss) implements MemoryMapStats {
    public Map<String, Long> asMap() {
      return Fields.of("rss", rss);
    }

    public Windows plus(MemoryMapStats other) {
      return new Windows(rss + ((Windows) other).rss);
    }
  }
}
