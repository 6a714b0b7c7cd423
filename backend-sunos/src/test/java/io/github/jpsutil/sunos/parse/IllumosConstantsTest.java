package io.github.jpsutil.sunos.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Every constant the network code passes to the kernel, held against cgo output for illumos amd64
 * (golang.org/x/net {@code lif/zsys_solaris_amd64.go}, commit 1bab6f366d9e: {@code sysSIOCGLIFFLAGS
 * = -0x3f87968b}, {@code sysSIOCGLIFMTU = -0x3f879686}, {@code sysAF_INET6 = 0x1a}, {@code
 * sysIFF_UP = 0x1}, {@code sysIFF_BROADCAST = 0x2}, {@code sysIFF_POINTOPOINT = 0x10}), and the
 * ioctl numbers also rebuilt from {@code sys/ioccom.h}'s {@code _IOWR} with the table's {@code
 * sizeof(struct lifreq)}.
 */
class IllumosConstantsTest {
  @Test
  void ioctlNumbersMatchCgoOutput() {
    assertThat((int) Lifreq.SIOCGLIFFLAGS).isEqualTo(-0x3f87968b);
    assertThat((int) Lifreq.SIOCGLIFMTU).isEqualTo(-0x3f879686);
  }

  @Test
  void ioctlNumbersFollowIowrWithTheTablesLifreqSize() throws IOException {
    int size = IllumosLayoutTableTest.table().get("struct lifreq").get("sizeof").size();
    // _IOWR(x, y, t) = IOC_INOUT | (sizeof(t) & IOCPARM_MASK) << 16 | x << 8 | y; IOC_INOUT is
    // 0xC0000000 and IOCPARM_MASK 0xff on illumos.
    long flags = 0xC000_0000L | (size & 0xff) << 16 | 'i' << 8 | 117;
    long mtu = 0xC000_0000L | (size & 0xff) << 16 | 'i' << 8 | 122;
    assertThat(Lifreq.SIOCGLIFFLAGS).isEqualTo(flags);
    assertThat(Lifreq.SIOCGLIFMTU).isEqualTo(mtu);
  }

  @Test
  void familiesAndFlagsMatchCgoOutput() {
    assertThat(Sockaddr.AF_INET6).isEqualTo(0x1a);
    assertThat(Sockaddr.AF_INET).isEqualTo(0x2);
    assertThat(Lifreq.IFF_UP).isEqualTo(0x1);
    assertThat(Lifreq.IFF_BROADCAST).isEqualTo(0x2);
    assertThat(Lifreq.IFF_POINTOPOINT).isEqualTo(0x10);
  }
}
