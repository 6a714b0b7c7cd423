package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * {@code prcred_t} from {@code /proc/<pid>/cred} (illumos {@code sys/procfs.h}); its size counts
 * one {@code pr_groups} entry, the file holds {@code pr_ngroups}.
 *
 * @param uids real, effective, saved
 * @param gids real, effective, saved
 */
public record PrCred(Uids uids, Gids gids) {
  public static final CStruct LAYOUT = Timestruc.declare("prcred_t", 32, "sys/procfs.h");
  public static final CField PR_EUID = LAYOUT.field("pr_euid", 0, CType.UINT32);
  public static final CField PR_RUID = LAYOUT.field("pr_ruid", 4, CType.UINT32);
  public static final CField PR_SUID = LAYOUT.field("pr_suid", 8, CType.UINT32);
  public static final CField PR_EGID = LAYOUT.field("pr_egid", 12, CType.UINT32);
  public static final CField PR_RGID = LAYOUT.field("pr_rgid", 16, CType.UINT32);
  public static final CField PR_SGID = LAYOUT.field("pr_sgid", 20, CType.UINT32);

  /** Decodes the struct at the start of {@code buf} (ids are at most MAXUID, 2^31 - 1). */
  public static PrCred decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new PrCred(
        new Uids(id(buf, PR_RUID), id(buf, PR_EUID), OptionalInt.of(id(buf, PR_SUID))),
        new Gids(id(buf, PR_RGID), id(buf, PR_EGID), OptionalInt.of(id(buf, PR_SGID))));
  }

  static int id(ByteBuffer buf, CField f) {
    long v = f.u32(buf);
    if (v > Integer.MAX_VALUE) {
      throw f.malformed("is " + v + ", beyond MAXUID");
    }
    return (int) v;
  }
}
