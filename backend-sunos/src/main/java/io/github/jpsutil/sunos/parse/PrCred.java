package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * {@code prcred_t} from {@code /proc/<pid>/cred} (illumos {@code sys/procfs.h}): {@code uid_t
 * pr_euid} @0, {@code pr_ruid} @4, {@code pr_suid} @8, {@code gid_t pr_egid} @12, {@code
 * pr_rgid} @16, {@code pr_sgid} @20, {@code int pr_ngroups} @24, {@code gid_t pr_groups[]} @28.
 *
 * @param uids real, effective, saved
 * @param gids real, effective, saved
 */
public record PrCred(Uids uids, Gids gids) {

  /** Bytes up to and including {@code pr_ngroups}. */
  public static final int NEEDED = 28;

  /** Decodes the struct at the start of {@code buf}. */
  public static PrCred decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, NEEDED, "prcred_t");
    return new PrCred(
        new Uids(buf.getInt(4), buf.getInt(0), OptionalInt.of(buf.getInt(8))),
        new Gids(buf.getInt(16), buf.getInt(12), OptionalInt.of(buf.getInt(20))));
  }

  /**
   * psutil's fallback when {@code cred} is denied (only the owner and root may read it): real and
   * effective ids from {@code psinfo}, the saved one unknown.
   */
  public static PrCred fromPsInfo(PsInfo info) {
    return new PrCred(
        new Uids(info.uid(), info.euid(), OptionalInt.empty()),
        new Gids(info.gid(), info.egid(), OptionalInt.empty()));
  }
}
