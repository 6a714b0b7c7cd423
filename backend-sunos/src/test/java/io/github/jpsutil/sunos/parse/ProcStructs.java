package io.github.jpsutil.sunos.parse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builders for the illumos {@code /proc/<pid>} structs, field by field at the LP64 offsets of
 * {@code sys/procfs.h} (see the decoders' javadoc). Public so the assembly tests can write fixture
 * trees with them.
 */
public final class ProcStructs {
  private ProcStructs() {}

  public static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** psinfo_t (416 bytes). */
  public static ByteBuffer psinfo(
      int pid, int ppid, String fname, String psargs, int state, int argc, long argv, int dmodel) {
    ByteBuffer b = le(416);
    b.putInt(0, 0x02000000); // pr_flag (deprecated)
    b.putInt(4, 3); // pr_nlwp
    b.putInt(8, pid); // pr_pid
    b.putInt(12, ppid); // pr_ppid
    b.putInt(16, pid); // pr_pgid
    b.putInt(20, pid); // pr_sid
    b.putInt(24, 101); // pr_uid
    b.putInt(28, 0); // pr_euid
    b.putInt(32, 10); // pr_gid
    b.putInt(36, 3); // pr_egid
    b.putLong(40, 0xFFFF_FE00_1234_5678L); // pr_addr
    b.putLong(48, 20_480); // pr_size (KB)
    b.putLong(56, 6_144); // pr_rssize (KB)
    b.putLong(72, -1L); // pr_ttydev: PRNODEV
    b.putShort(80, (short) 0x0100); // pr_pctcpu
    b.putShort(82, (short) 0x0080); // pr_pctmem
    b.putLong(88, 1_700_000_000L); // pr_start.tv_sec
    b.putLong(96, 250_000_000L); // pr_start.tv_nsec
    b.putLong(104, 12); // pr_time.tv_sec
    b.putLong(120, 0); // pr_ctime
    b.put(136, fname.getBytes(StandardCharsets.UTF_8)); // pr_fname[16]
    b.put(152, psargs.getBytes(StandardCharsets.UTF_8)); // pr_psargs[80]
    b.putInt(232, 0); // pr_wstat
    b.putInt(236, argc); // pr_argc
    b.putLong(240, argv); // pr_argv
    b.putLong(248, argv + 64); // pr_envp
    b.put(256, (byte) dmodel); // pr_dmodel
    b.putInt(260, 1); // pr_taskid
    b.putInt(264, 3); // pr_projid
    b.putInt(276, 0); // pr_zoneid
    b.putInt(280, 77); // pr_contract
    int lwp = 288; // lwpsinfo_t pr_lwp
    b.putInt(lwp + 4, 1); // pr_lwpid
    b.put(lwp + 25, (byte) state); // pr_state
    b.put(lwp + 26, (byte) "?SRZTIOW".charAt(Math.min(state, 7))); // pr_sname
    b.put(lwp + 27, (byte) 24); // pr_nice: NZERO + 4
    b.putInt(lwp + 32, 59); // pr_pri
    b.putLong(lwp + 40, 1_700_000_000L); // pr_lwp.pr_start
    b.put(lwp + 72, "TS".getBytes(StandardCharsets.US_ASCII)); // pr_clname
    b.putInt(lwp + 96, 5); // pr_onpro
    b.putInt(lwp + 100, -1); // pr_bindpro
    return b;
  }

  /** pstatus_t (1680 bytes), the times psutil reads. */
  public static ByteBuffer pstatus(long utimeNs, long stimeNs, long cutimeNs, long cstimeNs) {
    ByteBuffer b = le(1680);
    b.putInt(4, 3); // pr_nlwp
    putTimestruc(b, 80, utimeNs); // pr_utime
    putTimestruc(b, 96, stimeNs); // pr_stime
    putTimestruc(b, 112, cutimeNs); // pr_cutime
    putTimestruc(b, 128, cstimeNs); // pr_cstime
    return b;
  }

  /** prusage_t (504 bytes). */
  public static ByteBuffer prusage(long minf, long majf, long vctx, long ictx) {
    ByteBuffer b = le(504);
    b.putInt(4, 3); // pr_count
    putTimestruc(b, 8, 1_700_000_100_000_000_000L); // pr_tstamp
    putTimestruc(b, 72, 1_500_000_000L); // pr_utime
    putTimestruc(b, 88, 500_000_000L); // pr_stime
    b.putLong(328, minf); // pr_minf
    b.putLong(336, majf); // pr_majf
    b.putLong(352, 9); // pr_inblk
    b.putLong(392, vctx); // pr_vctx
    b.putLong(400, ictx); // pr_ictx
    b.putLong(408, 12_345); // pr_sysc
    b.putLong(416, 67_890); // pr_ioch
    return b;
  }

  /** prcred_t with no supplementary groups. */
  public static ByteBuffer prcred(int euid, int ruid, int suid, int egid, int rgid, int sgid) {
    ByteBuffer b = le(32);
    b.putInt(0, euid);
    b.putInt(4, ruid);
    b.putInt(8, suid);
    b.putInt(12, egid);
    b.putInt(16, rgid);
    b.putInt(20, sgid);
    b.putInt(24, 1); // pr_ngroups
    b.putInt(28, rgid); // pr_groups[0]
    return b;
  }

  /** lpsinfo: prheader_t then {@code onpro.length} lwpsinfo_t of 128 bytes. */
  public static ByteBuffer lpsinfo(int... onpro) {
    ByteBuffer b = le(16 + 128 * onpro.length);
    b.putLong(0, onpro.length); // pr_nent
    b.putLong(8, 128); // pr_entsize
    for (int i = 0; i < onpro.length; i++) {
      b.putInt(16 + 128 * i + 4, i + 1); // pr_lwpid
      b.putInt(16 + 128 * i + 96, onpro[i]); // pr_onpro
    }
    return b;
  }

  /**
   * One {@code prxmap_t} (216 bytes; offsets from the cited table): pr_vaddr @0, pr_size @8,
   * pr_mapname[64] @16, pr_mflags @88, pr_pagesize @92, pr_rss @120, pr_anon @128, pr_locked @136.
   */
  public static ByteBuffer prxmap(
      long vaddr,
      long size,
      String mapname,
      int mflags,
      int pagesize,
      long rss,
      long anon,
      long locked) {
    ByteBuffer b = le(216);
    b.putLong(0, vaddr);
    b.putLong(8, size);
    b.put(16, mapname.getBytes(StandardCharsets.UTF_8));
    b.putLong(80, 0); // pr_offset
    b.putInt(88, mflags);
    b.putInt(92, pagesize);
    b.putInt(96, -1); // pr_shmid
    b.putLong(104, -1L); // pr_dev: PRNODEV
    b.putLong(120, rss);
    b.putLong(128, anon);
    b.putLong(136, locked);
    b.putLong(152, pagesize); // pr_hatpagesize
    return b;
  }

  /** Entries back to back, as the {@code xmap} file holds them. */
  public static ByteBuffer concat(ByteBuffer... parts) {
    int size = 0;
    for (ByteBuffer p : parts) {
      size += p.limit();
    }
    ByteBuffer out = le(size);
    for (ByteBuffer p : parts) {
      out.put(p.duplicate().position(0));
    }
    return out.flip();
  }

  static void putTimestruc(ByteBuffer b, int off, long nanos) {
    b.putLong(off, nanos / 1_000_000_000L);
    b.putLong(off + 8, nanos % 1_000_000_000L);
  }
}
