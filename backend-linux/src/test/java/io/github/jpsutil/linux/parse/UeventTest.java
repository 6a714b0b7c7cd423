package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UeventTest {
  @Test
  void devnameOfABlockDevice() {
    String text = "MAJOR=254\nMINOR=0\nDEVNAME=vda\nDEVTYPE=disk\nDISKSEQ=9\n";
    assertThat(Uevent.devname(text)).contains("vda");
    assertThat(Uevent.devname("MAJOR=104\nDEVNAME=cciss/c0d0p1")).contains("cciss/c0d0p1");
  }

  @Test
  void missingOrEmptyDevnameIsEmpty() {
    assertThat(Uevent.devname("MAJOR=8\nMINOR=1\n")).isEmpty();
    assertThat(Uevent.devname("DEVNAME=\n")).isEmpty();
    assertThat(Uevent.devname("XDEVNAME=sda\n")).isEmpty();
  }
}
