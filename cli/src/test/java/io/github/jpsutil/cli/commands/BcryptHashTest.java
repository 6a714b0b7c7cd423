package io.github.jpsutil.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The bcrypt verifier against hashes made by an independent implementation: Debian 12's libxcrypt
 * through Python's {@code crypt.crypt(password, salt)}; and Blowfish's pi-derived constants against
 * the values in Schneier's published tables.
 */
class BcryptHashTest {
  private static boolean matches(String hash, String password) {
    return BcryptHash.parse(hash).matches(password.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void blowfishConstantsAreTheHexDigitsOfPi() {
    int[] w = Bcrypt.piFractionWords(18 + 1024);
    assertThat(w[0]).isEqualTo(0x243F6A88); // P1
    assertThat(w[17]).isEqualTo(0x8979FB1B); // P18
    assertThat(w[18]).isEqualTo(0xD1310BA6); // S1[0]
    assertThat(w[18 + 1023]).isEqualTo(0x3AC372E6); // S4[255]
  }

  @Test
  void libxcryptHashesVerifyWithTheirPasswordsOnly() {
    String secret = "$2b$05$abcdefghijklmnopqrstuuOQiyCxlgf/oeuTqixKmWdcYUh4Hjl0a";
    assertThat(matches(secret, "secret")).isTrue();
    assertThat(matches(secret, "Secret")).isFalse();
    assertThat(matches(secret, "secret ")).isFalse();
    assertThat(matches("$2b$04$......................w74bL5gU7LSJClZClCa.Pkz14aTv/XO", ""))
        .isTrue();
    assertThat(
            matches(
                "$2y$10$CCCCCCCCCCCCCCCCCCCCC.r8DyJB/smZK0jl8TgDs5W/OUro9hU32",
                "correct horse battery staple"))
        .isTrue();
    assertThat(matches("$2b$07$ZZZZZZZZZZZZZZZZZZZZZux.DlTKTcs7e6Yh03nEcQtljxxgG7xjS", "pässwörd"))
        .isTrue();
  }

  @Test
  void onlyTheFirst72BytesCount() {
    // libxcrypt gives 72 and 80 'x' the same hash.
    String hash = "$2a$06$0123456789abcdefghijkehBX7unpx6P78iusna2pGDVfF7CJbLIO";
    assertThat(matches(hash, "x".repeat(72))).isTrue();
    assertThat(matches(hash, "x".repeat(80))).isTrue();
    assertThat(matches(hash, "x".repeat(71))).isFalse();
  }

  @Test
  void aRememberedMatchDoesNotLetAnotherPasswordIn() {
    BcryptHash h = BcryptHash.parse("$2b$05$abcdefghijklmnopqrstuuOQiyCxlgf/oeuTqixKmWdcYUh4Hjl0a");
    assertThat(h.matches("secret".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(h.matches("secret".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(h.matches("other".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void plainTextAndMalformedHashesAreRefusedWithoutEchoingThem() {
    assertThatThrownBy(() -> BcryptHash.parse("hunter2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("is not a bcrypt hash")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(
            () -> BcryptHash.parse("$1$05$abcdefghijklmnopqrstuuOQiyCxlgf/oeuTqixKmWdcYUh4Hjl0a"))
        .hasMessageStartingWith("is not a bcrypt hash");
    assertThatThrownBy(
            () -> BcryptHash.parse("$2b$03$abcdefghijklmnopqrstuuOQiyCxlgf/oeuTqixKmWdcYUh4Hjl0a"))
        .hasMessage("has bcrypt cost 3; it must be 4 to 31");
    assertThatThrownBy(
            () -> BcryptHash.parse("$2b$05$abcdefghijklmnopqrstu!OQiyCxlgf/oeuTqixKmWdcYUh4Hjl0a"))
        .hasMessageContaining("alphabet");
  }
}
