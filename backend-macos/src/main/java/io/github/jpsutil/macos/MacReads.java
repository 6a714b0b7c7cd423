package io.github.jpsutil.macos;

import io.github.jpsutil.macos.acquire.FileSystems;
import io.github.jpsutil.macos.acquire.HostStatistics;
import io.github.jpsutil.macos.acquire.MacNative;
import io.github.jpsutil.macos.acquire.ProcPidInfo;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.posix.TerminalMap;

/** The acquire layer over one {@link MacNative}: what every area of the backend reads through. */
record MacReads(
    MacNative os,
    Sysctls sysctls,
    HostStatistics host,
    ProcPidInfo libproc,
    FileSystems fileSystems,
    TerminalMap terminals) {

  MacReads(MacNative os) {
    this(
        os,
        new Sysctls(os),
        new HostStatistics(os),
        new ProcPidInfo(os),
        new FileSystems(os),
        new TerminalMap(os::terminalDevices));
  }
}
