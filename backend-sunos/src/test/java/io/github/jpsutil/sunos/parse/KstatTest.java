package io.github.jpsutil.sunos.parse;

import static io.github.jpsutil.sunos.parse.ProcStructs.le;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CpuTimes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** kstat_t headers, cpu_stat_t and kstat_named_t at the illumos LP64 offsets. */
class KstatTest {

  @Test
  void cpuStatTicksBecomeSeconds() {
    ByteBuffer b = le(380); // sizeof(cpu_stat_t)
    b.putInt(0, 0); // __cpu_stat_lock[0]
    b.putInt(4, 0); // __cpu_stat_lock[1]
    b.putInt(8, 900_000); // cpu[CPU_IDLE]
    b.putInt(12, 12_345); // cpu[CPU_USER]
    b.putInt(16, 6_789); // cpu[CPU_KERNEL]
    b.putInt(20, 50); // cpu[CPU_WAIT]
    b.putInt(24, 3); // wait[W_IO], not read
    assertThat(CpuStat.times(b, 100)).isEqualTo(new CpuTimes.SunOs(123.45, 67.89, 9_000.0, 0.5));
    b.putInt(12, -1); // 2^32 - 1 ticks: unsigned
    assertThat(CpuStat.times(b, 100).user()).isEqualTo(42_949_672.95);
    assertThatThrownBy(() -> CpuStat.times(le(379), 100))
        .hasMessageContaining("cpu_stat_t needs 380");
    assertThatThrownBy(() -> CpuStat.times(b, 0)).hasMessageContaining("ticks per second");
  }

  @Test
  void kstatHeaderDecodesChainLinkNamesAndData() {
    ByteBuffer b = le(184);
    b.putLong(0, 123_456_789L); // ks_crtime
    b.putLong(8, 0xFFFF_FD7F_FF20_1000L); // ks_next (a user-space copy in libkstat)
    b.putInt(16, 42); // ks_kid
    b.put(20, "cpu_stat".getBytes(StandardCharsets.US_ASCII)); // ks_module
    b.putInt(52, 3); // ks_instance
    b.put(56, "cpu_stat3".getBytes(StandardCharsets.US_ASCII)); // ks_name
    b.put(87, (byte) 0); // ks_type: KSTAT_TYPE_RAW
    b.put(88, "misc".getBytes(StandardCharsets.US_ASCII)); // ks_class
    b.put(119, (byte) 0x01); // ks_flags
    b.putLong(120, 0x0000_0000_0804_5000L); // ks_data
    b.putInt(128, 1); // ks_ndata
    b.putLong(136, 560); // ks_data_size
    b.putLong(144, 987_654_321L); // ks_snaptime
    assertThat(KstatHeader.decode(b))
        .isEqualTo(
            new KstatHeader(
                0xFFFF_FD7F_FF20_1000L,
                "cpu_stat",
                3,
                "cpu_stat3",
                0,
                "misc",
                0x0804_5000L,
                1,
                560));
    assertThatThrownBy(() -> KstatHeader.decode(le(150))).hasMessageContaining("kstat_t needs 184");
  }

  static void putNamed(ByteBuffer b, int index, String name, int type, long value) {
    int off = index * 48;
    b.put(off, name.getBytes(StandardCharsets.US_ASCII)); // name[31]
    b.put(off + 31, (byte) type); // data_type
    b.putLong(off + 32, value); // value
  }

  @Test
  void namedKstatsGiveIntegersByName() {
    ByteBuffer b = le(5 * 48);
    putNamed(b, 0, "ncpus", 2, 8);
    putNamed(b, 1, "boot_time", 2, 1_699_999_000L);
    putNamed(b, 2, "nproc", 1, -1L); // INT32 -1 (low word 0xFFFFFFFF)
    putNamed(b, 3, "clk_intr", 4, 123_456_789_012L);
    putNamed(b, 4, "vac", 0, 0); // KSTAT_DATA_CHAR
    assertThat(KstatNamed.integer(b, 5, "boot_time")).hasValue(1_699_999_000L);
    assertThat(KstatNamed.integer(b, 5, "nproc")).hasValue(-1L);
    assertThat(KstatNamed.integer(b, 5, "clk_intr")).hasValue(123_456_789_012L);
    assertThat(KstatNamed.integer(b, 5, "missing")).isEmpty();
    assertThatThrownBy(() -> KstatNamed.integer(b, 5, "vac")).hasMessageContaining("data_type 0");
    assertThatThrownBy(() -> KstatNamed.integer(b, 6, "boot_time"))
        .hasMessageContaining("kstat_named_t[] needs 288");
    // UINT32 takes only the low word: a set high word is not part of the value.
    putNamed(b, 0, "ncpus", 2, 0x7_0000_0008L);
    assertThat(KstatNamed.integer(b, 5, "ncpus")).hasValue(8L);
  }
}
