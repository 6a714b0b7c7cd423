package io.github.jpsutil.freebsd.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.freebsd.parse.KinfoProc;
import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.testkit.LayoutDeclarations;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every struct the FreeBSD decoders declare, held against the cited offset table (no FreeBSD
 * compiler runs here): a declared offset, width or size that the table does not give fails.
 */
class FreeBsdLayoutTableTest {
  private static final LayoutTable TABLE = LayoutTable.amd64();
  private static final List<CStruct> STRUCTS =
      LayoutDeclarations.collect(MethodHandles.lookup(), KinfoProc.class);

  @Test
  void everyDecodedStructIsDeclaredAndFound() {
    assertThat(STRUCTS)
        .extracting(CStruct::name)
        .contains(
            "struct kinfo_proc",
            "struct kinfo_file",
            "struct kinfo_vmentry",
            "struct rlimit",
            "struct devstat",
            "struct if_msghdr",
            "struct sockaddr_dl",
            "struct utmpx",
            "struct statfs",
            "struct statvfs",
            "struct timeval",
            "struct loadavg",
            "struct vmtotal",
            "struct xswdev",
            "struct sockaddr_in",
            "struct sockaddr_in6",
            "struct ifreq",
            "struct ifmediareq",
            "struct xinpgen",
            "struct xinpcb",
            "struct xtcpcb",
            "struct xfile",
            "struct xunpgen",
            "struct xunpcb");
    assertThat(STRUCTS).allSatisfy(s -> assertThat(s.abis()).containsExactly(Abi.FREEBSD_AMD64));
  }

  @Test
  void everyDeclarationAgreesWithTheCitedTable() {
    for (CStruct s : STRUCTS) {
      assertThat(TABLE.mismatches(s)).as(s.name()).isEmpty();
    }
  }

  @Test
  void theCheckCatchesAWrongOffsetAWrongWidthAndAWrongSize() {
    CStruct wrong =
        CStruct.declare("struct kinfo_proc", 1096, Set.of(Abi.FREEBSD_AMD64), "sys/user.h");
    wrong.field("ki_pid", 76, CType.INT32);
    wrong.field("ki_size", 256, CType.UINT32);
    wrong.field("ki_no_such_field", 0, CType.INT32);
    assertThat(TABLE.mismatches(wrong))
        .containsExactly(
            "struct kinfo_proc: declared 1096 bytes, table says 1088",
            "struct kinfo_proc.ki_pid: declared @76 width 4, table says @72 size 4",
            "struct kinfo_proc.ki_size: declared @256 width 4, table says @256 size 8",
            "struct kinfo_proc.ki_no_such_field: no row in the table");
  }

  @Test
  void arrayElementsAreDerivedFromTheirArrayRow() {
    // ki_groups: gid_t[16] at 192 (64 bytes); loadavg.ldavg: fixpt_t[3] at 0 (12 bytes).
    assertThat(TABLE.row("struct kinfo_proc", "ki_groups[1]").orElseThrow().offset())
        .isEqualTo(196);
    assertThat(TABLE.row("struct loadavg", "ldavg[2]").orElseThrow().offset()).isEqualTo(8);
    assertThat(TABLE.row("struct loadavg", "ldavg[3]")).isEmpty();
  }

  @Test
  void everyRowLiesInsideItsStructAndCitesASource() {
    for (LayoutTable.Row r : TABLE.rows()) {
      assertThat(r.offset() + r.size())
          .as(r.struct() + " " + r.field())
          .isLessThanOrEqualTo(TABLE.size(r.struct()));
      assertThat(r.source()).as(r.struct() + " " + r.field()).contains("@");
    }
    // The user.h constants the README cites as a cross-check of the cgo sums.
    assertThat(TABLE.size("struct kinfo_proc")).isEqualTo(1088);
    assertThat(TABLE.size("struct kinfo_file")).isEqualTo(1392);
    assertThat(TABLE.size("struct kinfo_vmentry")).isEqualTo(1160);
  }
}
