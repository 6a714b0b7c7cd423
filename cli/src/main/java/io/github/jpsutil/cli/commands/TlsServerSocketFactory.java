package io.github.jpsutil.cli.commands;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/** TLS server sockets from one context that accept no protocol older than a minimum. */
final class TlsServerSocketFactory extends ServerSocketFactory {
  private final SSLContext context;
  private final String minProtocol;

  TlsServerSocketFactory(SSLContext context, String minProtocol) {
    this.context = context;
    this.minProtocol = minProtocol;
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return restrict((SSLServerSocket) context.getServerSocketFactory().createServerSocket());
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return restrict((SSLServerSocket) context.getServerSocketFactory().createServerSocket(port));
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return restrict(
        (SSLServerSocket) context.getServerSocketFactory().createServerSocket(port, backlog));
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    return restrict(
        (SSLServerSocket)
            context.getServerSocketFactory().createServerSocket(port, backlog, address));
  }

  private SSLServerSocket restrict(SSLServerSocket s) {
    // Protocol names sort by age: TLSv1 < TLSv1.1 < TLSv1.2 < TLSv1.3.
    s.setEnabledProtocols(
        Arrays.stream(s.getSupportedProtocols())
            .filter(p -> p.startsWith("TLSv1") && p.compareTo(minProtocol) >= 0)
            .toArray(String[]::new));
    return s;
  }
}
