package io.github.jpsutil.sunos.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.testkit.LayoutDeclarations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every struct the SunOS backend declares, held against {@code layouts/illumos-amd64.tsv}: offsets
 * and sizes that gcc printed for transcriptions of the illumos headers (the table's README says how
 * each row was derived). No illumos compiler runs here, so this table is the independent source: a
 * declaration that disagrees with it, or a struct or field it lacks, fails.
 */
class IllumosLayoutTableTest {
  private static final List<CStruct> STRUCTS =
      LayoutDeclarations.collect(MethodHandles.lookup(), PsInfo.class);

  record Row(String struct, String field, int offset, int size, String ctype, String source) {}

  static Map<String, Map<String, Row>> table() throws IOException {
    Map<String, Map<String, Row>> out = new HashMap<>();
    try (InputStream in =
            IllumosLayoutTableTest.class.getResourceAsStream("/layouts/illumos-amd64.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t");
        assertThat(c).as("row %s", line).hasSize(6);
        Row row = new Row(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]), c[4], c[5]);
        assertThat(row.source())
            .as("source of %s", line)
            .matches(".+@[0-9a-f]{40}:.+|.+\\(.+\\).*");
        Row old = out.computeIfAbsent(row.struct(), k -> new HashMap<>()).put(row.field(), row);
        assertThat(old).as("duplicate row %s.%s", row.struct(), row.field()).isNull();
      }
    }
    return out;
  }

  @Test
  void everyDecodedStructIsDeclared() {
    assertThat(STRUCTS)
        .extracting(CStruct::name)
        .contains(
            "psinfo_t",
            "pstatus_t",
            "prusage_t",
            "prcred_t",
            "prheader_t",
            "lwpsinfo_t",
            "kstat_ctl_t",
            "kstat_t",
            "kstat_named_t",
            "cpu_stat_t",
            "swaptbl_t",
            "swapent_t",
            "prxmap_t",
            "statvfs_t",
            "kstat_io_t",
            "struct utmpx",
            "timestruc_t",
            "struct lifreq",
            "struct ifaddrs",
            "struct sockaddr_in",
            "struct sockaddr_in6",
            "struct T_optmgmt_req",
            "struct T_optmgmt_ack",
            "struct T_error_ack",
            "struct opthdr",
            "struct strbuf",
            "mib2_tcpConnEntry_t",
            "mib2_tcp6ConnEntry_t",
            "mib2_udpEntry_t",
            "mib2_udp6Entry_t");
    assertThat(STRUCTS).allSatisfy(s -> assertThat(s.abis()).isEqualTo(Set.of(Abi.ILLUMOS_AMD64)));
  }

  @Test
  void everyDeclarationAgreesWithTheTable() throws IOException {
    Map<String, Map<String, Row>> table = table();
    List<String> checked = new ArrayList<>();
    for (CStruct s : STRUCTS) {
      Map<String, Row> rows = table.get(s.name());
      assertThat(rows).as("table rows for %s", s.name()).isNotNull();
      Row sizeof = rows.get("sizeof");
      assertThat(sizeof).as("sizeof(%s) row", s.name()).isNotNull();
      assertThat(s.size()).as("sizeof(%s)", s.name()).isEqualTo(sizeof.size());
      for (CField f : s.fields()) {
        check(f, rows);
        checked.add(f.qualifiedName());
      }
    }
    assertThat(checked).hasSizeGreaterThan(40);
  }

  @Test
  void aWrongOffsetOrWidthIsCaught() throws IOException {
    Map<String, Row> rows = table().get("psinfo_t");
    CStruct wrong = CStruct.declare("psinfo_t", 416, Timestruc.AMD64, "sys/procfs.h");
    CField pid = wrong.field("pr_pid", 12, CType.INT32);
    CField size = wrong.field("pr_size", 48, CType.INT32);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(pid, rows))
        .hasMessageContaining("offsetof psinfo_t.pr_pid");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(size, rows))
        .hasMessageContaining("sizeof psinfo_t.pr_size");
  }

  private static void check(CField f, Map<String, Row> rows) {
    if (f.headerDesignator().isEmpty()) {
      // An element of an array member ("cpu_sysinfo.cpu[CPU_USER]"): inside that member's row.
      String member = f.name().substring(0, f.name().indexOf('['));
      Row row = rows.get(member);
      assertThat(row).as("row for the array %s of %s", member, f).isNotNull();
      assertThat(f.offset())
          .as("%s inside %s", f, member)
          .isBetween(row.offset(), row.offset() + row.size() - f.width());
      assertThat((f.offset() - row.offset()) % f.width()).as("%s element alignment", f).isZero();
      return;
    }
    Row row = rows.get(f.headerDesignator().get());
    assertThat(row).as("table row for %s", f).isNotNull();
    assertThat(f.offset()).as("offsetof %s", f).isEqualTo(row.offset());
    assertThat(f.width()).as("sizeof %s", f).isEqualTo(row.size());
    if (f.type() == CType.CHAR_ARRAY) {
      assertThat(row.ctype()).as("C type of %s", f).startsWith("char[");
    }
    if (f.type() == CType.POINTER) {
      assertThat(row.ctype()).as("C type of %s", f).matches(".*\\*|uintptr_t");
    }
  }
}
