package io.github.jpsutil.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.cli.CommandFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web configuration file: the YAML subset it is written in, and every refusal as one line
 * naming the file and the key.
 */
class WebConfigFileTest {
  private static final String HASH = "$2b$05$abcdefghijklmnopqrstuuOQiyCxlgf/oeuTqixKmWdcYUh4Hjl0a";

  @Test
  void theYamlSubsetReadsCommentsQuotesAndOneLevelOfNesting() {
    Map<String, Object> doc =
        SimpleYaml.parse(
            "---\n# comment\ntls_server_config:\n    cert_file: 'a b.crt'  # trailing\n"
                + "    key_file: \"k.key\"\n\nbasic_auth_users:\n  u: x\n");
    assertThat(doc)
        .containsEntry("tls_server_config", Map.of("cert_file", "a b.crt", "key_file", "k.key"))
        .containsEntry("basic_auth_users", Map.of("u", "x"));
  }

  @Test
  void yamlItDoesNotUnderstandIsRefusedWithTheLine() {
    assertThatThrownBy(() -> SimpleYaml.parse("a:\n\tb: c\n"))
        .hasMessage("line 2: tabs are not allowed in YAML indentation");
    assertThatThrownBy(() -> SimpleYaml.parse("a:\n  - b\n"))
        .hasMessage("line 2: expected 'key: value'");
    assertThatThrownBy(() -> SimpleYaml.parse("a: [b]\n"))
        .hasMessage("line 1: only plain or quoted scalars are supported here");
    assertThatThrownBy(() -> SimpleYaml.parse("a:\n  b: 1\n    c: 2\n"))
        .hasMessage("line 3: unexpected indentation");
    assertThatThrownBy(() -> SimpleYaml.parse("a: 1\na: 2\n"))
        .hasMessage("line 2: duplicate key 'a'");
  }

  @Test
  void usersWithoutTlsAreAcceptedAndCheckedWithBcrypt(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("w.yml"), "basic_auth_users:\n  alice: " + HASH + "\n");
    WebConfig c = WebConfigFile.load(f);
    assertThat(c.tls()).isFalse();
    assertThat(c.authorized(basic("alice:secret"))).isTrue();
    assertThat(c.authorized(basic("alice:secreT"))).isFalse();
    assertThat(c.authorized(basic("bob:secret"))).isFalse();
    assertThat(c.authorized(basic("alice"))).isFalse();
    assertThat(c.authorized("Basic !!!")).isFalse();
    assertThat(c.authorized("Bearer x")).isFalse();
    assertThat(c.authorized(null)).isFalse();
    assertThat(WebConfig.NONE.authorized(null)).isTrue();
  }

  @Test
  void refusalsNameTheFileAndTheKey(@TempDir Path dir) throws Exception {
    assertRefused(dir, "tls_config:\n  a: b\n", "unknown key 'tls_config'");
    assertRefused(
        dir,
        "tls_server_config:\n  cert_file: a\n  key_file: b\n  client_ca_file: c\n",
        "tls_server_config: client_ca_file is not supported by jpsutil");
    assertRefused(
        dir,
        "tls_server_config:\n  cert_file: a\n",
        "tls_server_config needs both cert_file and key_file");
    assertRefused(
        dir,
        "tls_server_config:\n  cert_file: a\n  key_file: b\n  min_version: TLS11\n",
        "tls_server_config: min_version TLS11 is too old; use TLS12 or TLS13");
    assertRefused(
        dir,
        "http_server_config:\n  http2: false\n",
        "http_server_config is not supported by jpsutil");
    Files.writeString(dir.resolve("junk.crt"), "not a certificate");
    Files.writeString(dir.resolve("junk.key"), "not a key");
    assertRefused(
        dir,
        "tls_server_config:\n  cert_file: junk.crt\n  key_file: junk.key\n",
        "tls_server_config: cert_file " + dir.resolve("junk.crt") + " is not a PEM certificate");
    assertThatThrownBy(() -> WebConfigFile.load(dir.resolve("absent.yml")))
        .isInstanceOf(CommandFailure.class)
        .hasMessageStartingWith(
            "--web.config.file " + dir.resolve("absent.yml") + ": cannot read it (NoSuchFile");
  }

  private static void assertRefused(Path dir, String yaml, String message) throws Exception {
    Path f = Files.writeString(dir.resolve("w.yml"), yaml);
    assertThatThrownBy(() -> WebConfigFile.load(f))
        .isInstanceOf(CommandFailure.class)
        .hasMessage("--web.config.file " + f + ": " + message);
  }

  private static String basic(String token) {
    return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }
}
