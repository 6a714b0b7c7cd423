package io.github.jpsutil.cli.commands;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A server {@link SSLContext} from the PEM files node_exporter takes: a certificate (chain) and an
 * unencrypted private key, PKCS#8 ({@code BEGIN PRIVATE KEY}, what {@code openssl genpkey} writes)
 * or PKCS#1 RSA ({@code BEGIN RSA PRIVATE KEY}, RFC 8017 appendix A.1.2). Checks that the key
 * belongs to the certificate by signing and verifying, so a mismatch is found at start-up, not at
 * the first handshake.
 */
final class PemTls {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");

  private PemTls() {}

  /**
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  static SSLContext context(Path certFile, Path keyFile) {
    Collection<? extends Certificate> chain = certificates(certFile);
    PrivateKey key = privateKey(keyFile);
    X509Certificate leaf = (X509Certificate) chain.iterator().next();
    if (!belongTogether(key, leaf)) {
      throw new IllegalArgumentException(
          "tls_server_config: key_file " + keyFile + " is not the key of cert_file " + certFile);
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      char[] none = new char[0];
      store.setKeyEntry("server", key, none, chain.toArray(Certificate[]::new));
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(store, none);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("tls_server_config: cannot use the key pair: " + e);
    }
  }

  private static Collection<? extends Certificate> certificates(Path file) {
    byte[] bytes = readFile("cert_file", file);
    try {
      Collection<? extends Certificate> certs =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(bytes));
      if (certs.isEmpty()) {
        throw new IllegalArgumentException(
            "tls_server_config: cert_file " + file + " holds no certificate");
      }
      return certs;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "tls_server_config: cert_file " + file + " is not a PEM certificate");
    }
  }

  private static PrivateKey privateKey(Path file) {
    String text = new String(readFile("key_file", file), StandardCharsets.US_ASCII);
    Matcher m = BLOCK.matcher(text);
    String what = "tls_server_config: key_file " + file;
    if (!m.find()) {
      throw new IllegalArgumentException(what + " is not a PEM private key");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(m.group(2).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " has bad base64");
    }
    String type = m.group(1);
    byte[] pkcs8 =
        switch (type) {
          case "PRIVATE KEY" -> der;
          case "RSA PRIVATE KEY" -> rsaPkcs1ToPkcs8(der);
          case "ENCRYPTED PRIVATE KEY" ->
              throw new IllegalArgumentException(what + " is encrypted; it must not be");
          default ->
              throw new IllegalArgumentException(
                  what + " holds a '" + type + "'; convert it with openssl pkcs8 -topk8 -nocrypt");
        };
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519", "Ed448"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new IllegalArgumentException(what + " is not an RSA, EC or EdDSA private key");
  }

  /** PKCS#8 PrivateKeyInfo (RFC 5208) wrapping an RSAPrivateKey, algorithm rsaEncryption. */
  private static byte[] rsaPkcs1ToPkcs8(byte[] pkcs1) {
    byte[] version = {0x02, 0x01, 0x00};
    // SEQUENCE { OID 1.2.840.113549.1.1.1, NULL }
    byte[] algorithm = {
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      (byte) 0x86,
      0x48,
      (byte) 0x86,
      (byte) 0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00
    };
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(version);
    body.writeBytes(algorithm);
    body.writeBytes(der(0x04, pkcs1));
    return der(0x30, body.toByteArray());
  }

  private static byte[] der(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int n = content.length;
    if (n < 0x80) {
      out.write(n);
    } else {
      int bytes = n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x1000000 ? 3 : 4;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(n >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static boolean belongTogether(PrivateKey key, X509Certificate cert) {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          default -> key.getAlgorithm(); // Ed25519, Ed448
        };
    try {
      byte[] probe = "jpsutil key check".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(cert.getPublicKey());
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static byte[] readFile(String key, Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "tls_server_config: cannot read "
              + key
              + " "
              + file
              + " ("
              + WebConfigFile.reason(e)
              + ")");
    }
  }
}
