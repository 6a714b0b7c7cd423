package io.github.jpsutil.linux.parse;

import static io.github.jpsutil.linux.parse.LinuxStructs.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.testkit.LayoutCompiler;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every fixed struct the Linux backend decodes ({@link LinuxStructs}), compiled as {@code
 * _Static_assert}s with the system gcc against glibc's and the kernel's headers; then each
 * decoder's own offsets must equal the declaration. Without gcc the check is skipped, except with
 * {@code CI} set, where it fails (testkit LayoutCompiler).
 */
class LinuxLayoutCompileTest {
  @Test
  void layoutsCompileAgainstGlibcAndKernelHeaders() {
    LayoutCompiler.forAbi(Abi.LINUX_X86_64).check(LinuxStructs.all());
  }

  @Test
  void everyDeclarationIsChecked() {
    assertThat(LinuxStructs.all())
        .extracting(CStruct::name)
        .doesNotHaveDuplicates()
        .hasSize(12)
        .allSatisfy(n -> assertThat(n).startsWith("struct "));
  }

  @Test
  void statvfsDecoderReadsTheDeclaredOffsets() {
    assertThat(StatvfsStruct.SIZE).isEqualTo(STATVFS.size());
    assertThat(
            List.of(
                StatvfsStruct.F_FRSIZE,
                StatvfsStruct.F_BLOCKS,
                StatvfsStruct.F_BFREE,
                StatvfsStruct.F_BAVAIL))
        .containsExactly(F_FRSIZE.offset(), F_BLOCKS.offset(), F_BFREE.offset(), F_BAVAIL.offset());
  }

  @Test
  void ethtoolDecoderReadsTheDeclaredOffsets() throws Exception {
    assertThat(EthtoolCmd.SIZE).isEqualTo(ETHTOOL_CMD.size());
    assertThat(constant(EthtoolCmd.class, "SPEED")).isEqualTo(SPEED.offset());
    assertThat(constant(EthtoolCmd.class, "DUPLEX")).isEqualTo(DUPLEX.offset());
    assertThat(constant(EthtoolCmd.class, "SPEED_HI")).isEqualTo(SPEED_HI.offset());
  }

  @Test
  void sockaddrDecoderReadsTheDeclaredOffsets() {
    assertThat(Sockaddr.SOCKADDR_IN_SIZE).isEqualTo(SOCKADDR_IN.size());
    assertThat(Sockaddr.SOCKADDR_IN6_SIZE).isEqualTo(SOCKADDR_IN6.size());
    assertThat(Sockaddr.SLL_HALEN_OFFSET).isEqualTo(SLL_HALEN.offset());
    assertThat(Sockaddr.SLL_ADDR_OFFSET).isEqualTo(SLL_ADDR.offset());
  }

  @Test
  void utmpDecoderReadsTheDeclaredOffsets() throws Exception {
    assertThat(Utmp.Layout.TIME32.recordSize()).isEqualTo(UTMP.size());
    assertThat(Utmp.Layout.TIME32.tvSec).isEqualTo(UT_TV_SEC.offset());
    assertThat(Utmp.Layout.TIME32.tvUsec).isEqualTo(UT_TV_USEC.offset());
    assertThat(Utmp.Layout.TIME32.timeFieldSize).isEqualTo(UT_TV_SEC.width());
    for (CField f : List.of(UT_TYPE, UT_PID, UT_LINE, UT_USER, UT_HOST)) {
      String name = f.name().substring(3).toUpperCase(java.util.Locale.ROOT);
      assertThat(constant(Utmp.class, name)).as(f.qualifiedName()).isEqualTo(f.offset());
    }
    assertThat(constant(Utmp.class, "LINE_SIZE")).isEqualTo(UT_LINE.width());
    assertThat(constant(Utmp.class, "USER_SIZE")).isEqualTo(UT_USER.width());
    assertThat(constant(Utmp.class, "HOST_SIZE")).isEqualTo(UT_HOST.width());
  }

  @Test
  void direntDecoderReadsTheDeclaredOffsets() throws Exception {
    assertThat(constant(Dirents64.class, "RECLEN")).isEqualTo(D_RECLEN.offset());
    assertThat(constant(Dirents64.class, "NAME")).isEqualTo(D_NAME.offset());
  }

  @Test
  void ifreqIoctlUsesTheDeclaredOffsets() throws Exception {
    Class<?> ioctl = Class.forName("io.github.jpsutil.linux.jna.NetDeviceIoctl");
    assertThat(constant(ioctl, "IFREQ_SIZE")).isEqualTo(IFREQ.size());
    assertThat(constant(ioctl, "IFNAMSIZ")).isEqualTo(IFR_NAME.width());
    assertThat(constant(ioctl, "IFR_UNION"))
        .isEqualTo(IFR_FLAGS.offset())
        .isEqualTo(IFR_MTU.offset())
        .isEqualTo(IFR_DATA.offset());
  }

  /** A decoder's private offset constant (same module, so reflection may read it). */
  static int constant(Class<?> owner, String name) throws ReflectiveOperationException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f.getInt(null);
  }
}
