package io.github.jpsutil.freebsd.layout;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Test buffers laid out by the cited table (not by the decoders' declarations), little-endian as
 * amd64: what a FreeBSD kernel would hand back, field by field.
 */
public final class TableStructs {
  private static final LayoutTable T = LayoutTable.amd64();
  private static final String KP = "struct kinfo_proc";
  private static final String KF = "struct kinfo_file";

  private TableStructs() {}

  public static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** A {@code kinfo_proc} with the given identity and state; times in whole microseconds. */
  public static ByteBuffer kinfoProc(
      int pid, int ppid, String comm, int stat, long flags, int tid, long userMicros) {
    ByteBuffer b = le(T.size(KP));
    T.put(b, 0, KP, "ki_structsize", T.size(KP));
    T.put(b, 0, KP, "ki_pid", pid);
    T.put(b, 0, KP, "ki_ppid", ppid);
    T.putString(b, 0, KP, "ki_comm", comm);
    T.put(b, 0, KP, "ki_stat", stat);
    T.put(b, 0, KP, "ki_flag", flags);
    T.put(b, 0, KP, "ki_tid", tid);
    T.put(b, 0, KP, "ki_nice", -5);
    T.put(b, 0, KP, "ki_tdev", 0x5a00_0003L);
    T.put(b, 0, KP, "ki_numthreads", 1);
    T.put(b, 0, KP, "ki_start.tv_sec", 1_700_000_000L);
    T.put(b, 0, KP, "ki_rusage.ru_utime.tv_sec", userMicros / 1_000_000);
    T.put(b, 0, KP, "ki_rusage.ru_utime.tv_usec", userMicros % 1_000_000);
    T.put(b, 0, KP, "ki_rusage.ru_stime.tv_usec", 250_000);
    return b;
  }

  /** Structs back to back, as the kernel returns arrays. */
  public static ByteBuffer concat(ByteBuffer... parts) {
    int n = 0;
    for (ByteBuffer p : parts) {
      n += p.limit();
    }
    ByteBuffer out = le(n);
    for (ByteBuffer p : parts) {
      out.put(p.duplicate().position(0));
    }
    return out.position(0);
  }

  /**
   * One packed {@code kinfo_file} as {@code KERN_PROC_FILEDESC} returns it: {@code kf_structsize}
   * is the fixed part plus the path and its NUL, rounded up to 8 ({@code sys/kern/kern_descrip.c}
   * {@code pack_kinfo}).
   */
  public static ByteBuffer kinfoFile(int fd, int type, int vnodeType, String path) {
    int fixed = T.row(KF, "kf_path").orElseThrow().offset();
    int size = (fixed + path.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1 + 7) & ~7;
    ByteBuffer b = le(size);
    T.put(b, 0, KF, "kf_structsize", size);
    T.put(b, 0, KF, "kf_type", type);
    T.put(b, 0, KF, "kf_fd", fd);
    T.put(b, 0, KF, "kf_vnode_type", vnodeType);
    T.putString(b, 0, KF, "kf_path", path);
    return b;
  }

  /**
   * One packed {@code kinfo_vmentry} of {@code KERN_PROC_VMMAP}: the fixed part, the path and its
   * NUL, rounded up to 8 ({@code sys/kern/kern_proc.c} {@code kern_proc_vmmap_out}).
   */
  public static ByteBuffer kinfoVmentry(
      int type, long start, long end, int prot, int resident, int priv, String path) {
    String s = "struct kinfo_vmentry";
    int fixed = T.row(s, "kve_path").orElseThrow().offset();
    int size = (fixed + path.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1 + 7) & ~7;
    ByteBuffer b = le(size);
    T.put(b, 0, s, "kve_structsize", size);
    T.put(b, 0, s, "kve_type", type);
    T.put(b, 0, s, "kve_start", start);
    T.put(b, 0, s, "kve_end", end);
    T.put(b, 0, s, "kve_protection", prot);
    T.put(b, 0, s, "kve_resident", resident);
    T.put(b, 0, s, "kve_private_resident", priv);
    T.put(b, 0, s, "kve_ref_count", 3);
    T.put(b, 0, s, "kve_shadow_count", 1);
    T.putString(b, 0, s, "kve_path", path);
    return b;
  }

  /**
   * An {@code RTM_IFINFO} message of {@code NET_RT_IFLIST}: {@code if_msghdr}, then the {@code
   * sockaddr_dl} naming the interface; counters {@code base}, {@code base + 1}, … in the order
   * ibytes, obytes, ipackets, opackets, ierrors, oerrors, iqdrops, oqdrops.
   */
  public static ByteBuffer ifinfo(String name, long base) {
    String h = "struct if_msghdr";
    String dl = "struct sockaddr_dl";
    int sdl = T.size(h);
    int len = (sdl + T.size(dl) + 7) & ~7;
    ByteBuffer b = le(len);
    T.put(b, 0, h, "ifm_msglen", len);
    T.put(b, 0, h, "ifm_version", 5); // RTM_VERSION
    T.put(b, 0, h, "ifm_type", 0xe); // RTM_IFINFO
    String[] counters = {
      "ifi_ibytes", "ifi_obytes", "ifi_ipackets", "ifi_opackets",
      "ifi_ierrors", "ifi_oerrors", "ifi_iqdrops", "ifi_oqdrops"
    };
    for (int i = 0; i < counters.length; i++) {
      T.put(b, 0, h, "ifm_data." + counters[i], base + i);
    }
    T.put(b, sdl, dl, "sdl_len", T.size(dl));
    T.put(b, sdl, dl, "sdl_family", 18); // AF_LINK
    T.put(b, sdl, dl, "sdl_nlen", name.length());
    T.putString(b, sdl, dl, "sdl_data", name);
    return b;
  }

  /** An address message ({@code RTM_NEWADDR} 0xc) of {@code len} bytes, which readers skip. */
  public static ByteBuffer newaddr(int len) {
    ByteBuffer b = le(len);
    T.put(b, 0, "struct if_msghdr", "ifm_msglen", len);
    T.put(b, 0, "struct if_msghdr", "ifm_type", 0xc);
    return b;
  }

  /**
   * A {@code struct devstat} for {@code name + unit}: reads/writes {@code ops}, {@code ops + 1},
   * bytes {@code ops × 4096}, {@code (ops + 1) × 4096}; read time 1.5 s, write time 0.25 s, busy 2
   * s (bintime fractions 2^63 and 2^62).
   */
  public static ByteBuffer devstat(String name, int unit, long ops) {
    String s = "struct devstat";
    ByteBuffer b = le(T.size(s));
    T.putString(b, 0, s, "device_name", name);
    T.put(b, 0, s, "unit_number", unit);
    T.put(b, 0, s, "operations[1]", ops);
    T.put(b, 0, s, "operations[2]", ops + 1);
    T.put(b, 0, s, "bytes[1]", ops * 4096);
    T.put(b, 0, s, "bytes[2]", (ops + 1) * 4096);
    int read = T.row(s, "duration[1]").orElseThrow().offset();
    int write = T.row(s, "duration[2]").orElseThrow().offset();
    b.putLong(read, 1).putLong(read + 8, 1L << 63); // 1.5 s
    b.putLong(write, 0).putLong(write + 8, 1L << 62); // 0.25 s
    T.put(b, 0, s, "busy_time.sec", 2);
    return b;
  }

  /** A {@code struct utmpx} as {@code getutxent(3)} returns it. */
  public static ByteBuffer utmpx(
      int type, String user, String line, String host, long sec, long usec, int pid) {
    String s = "struct utmpx";
    ByteBuffer b = le(T.size(s));
    T.put(b, 0, s, "ut_type", type);
    T.put(b, 0, s, "ut_tv.tv_sec", sec);
    T.put(b, 0, s, "ut_tv.tv_usec", usec);
    T.put(b, 0, s, "ut_pid", pid);
    T.putString(b, 0, s, "ut_user", user);
    T.putString(b, 0, s, "ut_line", line);
    T.putString(b, 0, s, "ut_host", host);
    return b;
  }

  /** A {@code struct rlimit}. */
  public static ByteBuffer rlimit(long cur, long max) {
    ByteBuffer b = le(T.size("struct rlimit"));
    T.put(b, 0, "struct rlimit", "rlim_cur", cur);
    T.put(b, 0, "struct rlimit", "rlim_max", max);
    return b;
  }

  /** A {@code struct statfs} of {@code getfsstat(2)}, version {@code STATFS_VERSION}. */
  public static ByteBuffer statfs(String from, String on, String type, long flags) {
    String s = "struct statfs";
    ByteBuffer b = le(T.size(s));
    T.put(b, 0, s, "f_version", 0x20140518);
    T.put(b, 0, s, "f_flags", flags);
    T.putString(b, 0, s, "f_mntfromname", from);
    T.putString(b, 0, s, "f_mntonname", on);
    T.putString(b, 0, s, "f_fstypename", type);
    return b;
  }

  /** A {@code struct statvfs}. */
  public static ByteBuffer statvfs(long frsize, long blocks, long bfree, long bavail) {
    String s = "struct statvfs";
    ByteBuffer b = le(T.size(s));
    T.put(b, 0, s, "f_frsize", frsize);
    T.put(b, 0, s, "f_bsize", 32768);
    T.put(b, 0, s, "f_blocks", blocks);
    T.put(b, 0, s, "f_bfree", bfree);
    T.put(b, 0, s, "f_bavail", bavail);
    return b;
  }

  private static ByteBuffer withBytes(ByteBuffer b, String struct, String field, byte[] v) {
    return b.put(T.row(struct, field).orElseThrow().offset(), v);
  }

  /** A {@code sockaddr_in} of {@code a.b.c.d} ({@code sin_len} 16, AF_INET 2). */
  public static ByteBuffer sockaddrIn(int a, int b, int c, int d) {
    String s = "struct sockaddr_in";
    ByteBuffer buf = le(T.size(s));
    T.put(buf, 0, s, "sin_len", T.size(s));
    T.put(buf, 0, s, "sin_family", 2);
    return withBytes(buf, s, "sin_addr", new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
  }

  /** A {@code sockaddr_in6} ({@code sin6_len} 28, AF_INET6 28) of 16 address bytes. */
  public static ByteBuffer sockaddrIn6(byte[] addr, int scopeId) {
    String s = "struct sockaddr_in6";
    ByteBuffer buf = le(T.size(s));
    T.put(buf, 0, s, "sin6_len", T.size(s));
    T.put(buf, 0, s, "sin6_family", 28);
    T.put(buf, 0, s, "sin6_scope_id", scopeId);
    return withBytes(buf, s, "sin6_addr", addr);
  }

  /** A {@code sockaddr_dl} (AF_LINK 18) naming {@code name}, with link address {@code mac}. */
  public static ByteBuffer sockaddrDl(String name, byte[] mac) {
    String s = "struct sockaddr_dl";
    ByteBuffer buf = le(T.size(s));
    T.put(buf, 0, s, "sdl_len", T.size(s));
    T.put(buf, 0, s, "sdl_family", 18);
    T.put(buf, 0, s, "sdl_nlen", name.length());
    T.put(buf, 0, s, "sdl_alen", mac.length);
    T.putString(buf, 0, s, "sdl_data", name);
    return buf.put(T.row(s, "sdl_data").orElseThrow().offset() + name.length(), mac);
  }

  /**
   * A packed {@code kinfo_file} of a socket ({@code KF_TYPE_SOCKET} 2): domain, type, protocol and
   * the two socket addresses in {@code kf_sa_local}/{@code kf_sa_peer}, no path.
   */
  public static ByteBuffer kinfoFileSocket(
      int fd, int domain, int type, int protocol, ByteBuffer local, ByteBuffer peer) {
    ByteBuffer b = kinfoFile(fd, 2, 0, "");
    T.put(b, 0, KF, "kf_sock_domain", domain);
    T.put(b, 0, KF, "kf_sock_type", type);
    T.put(b, 0, KF, "kf_sock_protocol", protocol);
    withBytes(b, KF, "kf_sa_local", bytes(local));
    return withBytes(b, KF, "kf_sa_peer", bytes(peer));
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.limit()];
    b.get(0, out);
    return out;
  }

  /**
   * One {@code struct xtcpcb} of {@code net.inet.tcp.pcblist}: the socket's type, domain and
   * protocol, ports and addresses (network order; an IPv4 address in the last 4 bytes of the
   * 16-byte {@code in_dependaddr}) and {@code t_state}.
   */
  public static ByteBuffer xtcpcb(
      int family, int protocol, int lport, byte[] laddr, int fport, byte[] faddr, int state) {
    String x = "struct xtcpcb";
    String i = "struct xinpcb";
    ByteBuffer b = le(T.size(x));
    int inp = T.row(x, "xt_inp").orElseThrow().offset();
    T.put(b, 0, x, "xt_len", T.size(x));
    T.put(b, 0, x, "t_state", state);
    T.put(b, inp, i, "xi_len", T.size(i));
    T.put(b, inp, i, "xi_socket.so_type", 1); // SOCK_STREAM
    T.put(b, inp, i, "xi_socket.xso_family", family);
    T.put(b, inp, i, "xi_socket.xso_protocol", protocol);
    b.order(java.nio.ByteOrder.BIG_ENDIAN);
    T.put(b, inp, i, "inp_inc.inc_ie.ie_lport", lport);
    T.put(b, inp, i, "inp_inc.inc_ie.ie_fport", fport);
    b.order(java.nio.ByteOrder.LITTLE_ENDIAN);
    String l = laddr.length == 4 ? ".id46_addr.ia46_addr4" : "";
    b.put(inp + T.row(i, "inp_inc.inc_ie.ie_dependladdr" + l).orElseThrow().offset(), laddr);
    b.put(inp + T.row(i, "inp_inc.inc_ie.ie_dependfaddr" + l).orElseThrow().offset(), faddr);
    return b;
  }

  /** A whole pcblist: the leading {@code xinpgen}, the records, the closing {@code xinpgen}. */
  public static ByteBuffer pcblist(ByteBuffer... records) {
    String g = "struct xinpgen";
    ByteBuffer head = T.put(le(T.size(g)), 0, g, "xig_len", T.size(g));
    T.put(head, 0, g, "xig_count", records.length);
    ByteBuffer[] all = new ByteBuffer[records.length + 2];
    all[0] = head;
    System.arraycopy(records, 0, all, 1, records.length);
    all[all.length - 1] = T.put(le(T.size(g)), 0, g, "xig_len", T.size(g));
    return concat(all);
  }

  /**
   * Sets the socket address ({@code xi_socket.xso_so}) and {@code inp_vflag} of an xinpcb at {@code
   * inp}.
   */
  public static ByteBuffer owned(ByteBuffer record, int inp, long so, int vflag) {
    T.put(record, inp, "struct xinpcb", "xi_socket.xso_so", so);
    return T.put(record, inp, "struct xinpcb", "inp_vflag", vflag);
  }

  /** A UDP {@code struct xinpcb} (the {@code xt_inp} part of {@link #xtcpcb}). */
  public static ByteBuffer xinpcb(
      int family, int lport, byte[] laddr, int fport, byte[] faddr, long so, int vflag) {
    ByteBuffer t = xtcpcb(family, 17, lport, laddr, fport, faddr, 0);
    int inp = T.row("struct xtcpcb", "xt_inp").orElseThrow().offset();
    ByteBuffer b = le(T.size("struct xinpcb")).put(0, t, inp, T.size("struct xinpcb"));
    return owned(b, 0, so, vflag);
  }

  /** One {@code kern.file} entry: {@code xf_size} 128, pid, fd, {@code xf_data}. */
  public static ByteBuffer xfile(int pid, int fd, long data) {
    String x = "struct xfile";
    ByteBuffer b = le(T.size(x));
    T.put(b, 0, x, "xf_size", T.size(x));
    T.put(b, 0, x, "xf_pid", pid);
    T.put(b, 0, x, "xf_fd", fd);
    return T.put(b, 0, x, "xf_data", data);
  }

  /** One {@code struct xunpcb} bound to {@code path} ("" for none), socket address {@code so}. */
  public static ByteBuffer xunpcb(String path, long so) {
    String x = "struct xunpcb";
    ByteBuffer b = le(T.size(x));
    T.put(b, 0, x, "xu_len", T.size(x));
    T.put(b, 0, x, "xu_socket.xso_so", so);
    int addr = T.row(x, "xu_addr").orElseThrow().offset();
    byte[] p = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    b.put(addr, (byte) (2 + p.length)).put(addr + 1, (byte) 1); // sun_len, AF_UNIX
    return b.put(addr + 2, p);
  }

  /** A {@code net.local.*.pcblist}: {@code xunpgen}, the records, the closing {@code xunpgen}. */
  public static ByteBuffer unixPcblist(ByteBuffer... records) {
    String g = "struct xunpgen";
    ByteBuffer[] all = new ByteBuffer[records.length + 2];
    all[0] = T.put(le(T.size(g)), 0, g, "xug_len", T.size(g));
    System.arraycopy(records, 0, all, 1, records.length);
    all[all.length - 1] = T.put(le(T.size(g)), 0, g, "xug_len", T.size(g));
    return concat(all);
  }
}
