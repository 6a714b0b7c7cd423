package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.unix.PackedRecords;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code struct kinfo_file} of {@code sysctl(KERN_PROC_FILEDESC)} (FreeBSD 12+ {@code
 * sys/sys/user.h}). The kernel packs the array: each entry is {@code kf_structsize} bytes, the
 * fixed part and as much of {@code kf_path} as the path needs, rounded up to 8 (libutil's {@code
 * kinfo_getfile} unpacks it the same way).
 *
 * @param fd {@code kf_fd}; negative for the special entries ({@code KF_FD_TYPE_CWD} -1, {@code
 *     ROOT} -2, {@code JAIL} -3, {@code TRACE} -4, {@code TEXT} -5, {@code CTTY} -6)
 * @param type {@code kf_type} ({@code KF_TYPE_VNODE} 1, {@code KF_TYPE_SOCKET} 2, …)
 * @param vnodeType {@code kf_vnode_type} ({@code KF_VTYPE_VREG} 1 is a regular file)
 * @param path {@code kf_path}; "" when the kernel could not name the vnode
 * @param socket the socket fields of a {@code KF_TYPE_SOCKET} entry
 */
public record KinfoFile(int fd, int type, int vnodeType, String path, Optional<Socket> socket) {
  /**
   * The socket part of an entry ({@code kf_sock_domain}, {@code kf_sock_type}, {@code
   * kf_sock_protocol}, {@code kf_sa_local}, {@code kf_sa_peer}: the names psutil's {@code
   * arch/freebsd/proc_socks.c} reads, members of {@code kf_un.kf_sock} since FreeBSD 12).
   */
  public record Socket(int domain, int type, int protocol, ByteBuffer local, ByteBuffer peer) {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct kinfo_file", 1392, Timeval.AMD64, "sys/user.h");
  public static final CField KF_STRUCTSIZE = LAYOUT.field("kf_structsize", 0, CType.INT32);
  public static final CField KF_TYPE = LAYOUT.field("kf_type", 4, CType.INT32);
  public static final CField KF_FD = LAYOUT.field("kf_fd", 8, CType.INT32);
  public static final CField KF_VNODE_TYPE = LAYOUT.field("kf_vnode_type", 32, CType.INT32);
  public static final CField KF_PATH = LAYOUT.array("kf_path", 368, CType.CHAR_ARRAY, 1024);
  public static final CField KF_SOCK_DOMAIN = LAYOUT.field("kf_sock_domain", 36, CType.INT32);
  public static final CField KF_SOCK_TYPE = LAYOUT.field("kf_sock_type", 40, CType.INT32);
  public static final CField KF_SOCK_PROTOCOL = LAYOUT.field("kf_sock_protocol", 44, CType.INT32);
  public static final CField KF_SA_LOCAL = LAYOUT.array("kf_sa_local", 48, CType.BYTES, 128);
  public static final CField KF_SA_PEER = LAYOUT.array("kf_sa_peer", 176, CType.BYTES, 128);

  static final int KF_TYPE_SOCKET = 2;

  static final int KF_TYPE_VNODE = 1;
  static final int KF_VTYPE_VREG = 1;
  static final int KF_FD_TYPE_CWD = -1;

  /** Every entry of the packed array. */
  public static List<KinfoFile> decodeAll(ByteBuffer buf) {
    List<KinfoFile> out = new ArrayList<>();
    for (ByteBuffer entry :
        PackedRecords.split(buf, KF_STRUCTSIZE, KF_PATH.offset(), LAYOUT.size())) {
      int size = entry.limit();
      out.add(
          new KinfoFile(
              KF_FD.i32(entry),
              KF_TYPE.i32(entry),
              KF_VNODE_TYPE.i32(entry),
              io.github.jpsutil.spi.CStrings.decode(
                  entry, KF_PATH.offset(), size - KF_PATH.offset()),
              KF_TYPE.i32(entry) != KF_TYPE_SOCKET
                  ? Optional.empty()
                  : Optional.of(
                      new Socket(
                          KF_SOCK_DOMAIN.i32(entry),
                          KF_SOCK_TYPE.i32(entry),
                          KF_SOCK_PROTOCOL.i32(entry),
                          ByteBuffer.wrap(KF_SA_LOCAL.bytes(entry, 0)).order(buf.order()),
                          ByteBuffer.wrap(KF_SA_PEER.bytes(entry, 0)).order(buf.order())))));
    }
    return List.copyOf(out);
  }

  /** psutil's {@code cwd}: the {@code KF_FD_TYPE_CWD} entry's path, "" when there is none. */
  public static String cwd(List<KinfoFile> files) {
    return files.stream()
        .filter(f -> f.fd == KF_FD_TYPE_CWD)
        .map(KinfoFile::path)
        .findFirst()
        .orElse("");
  }

  /**
   * psutil's {@code open_files} on FreeBSD: every vnode entry of a regular file, with its path and
   * descriptor. A special entry (negative {@code kf_fd}, e.g. the executable as {@code TEXT}) has
   * no descriptor: psutil lists it with its negative number, jpsutil with an empty one.
   */
  public static List<OpenFile> openFiles(List<KinfoFile> files) {
    return files.stream()
        .filter(f -> f.type == KF_TYPE_VNODE && f.vnodeType == KF_VTYPE_VREG)
        .map(f -> (OpenFile) new OpenFile.Basic(f.path, fd(f.fd)))
        .toList();
  }

  private static OptionalInt fd(int fd) {
    return fd >= 0 ? OptionalInt.of(fd) : OptionalInt.empty();
  }

  static Optional<KinfoFile> none() {
    return Optional.empty();
  }
}
