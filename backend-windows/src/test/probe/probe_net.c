/*
 * jpsutil Windows capture probe: network tables and interfaces, drives, sessions, services,
 * the probe's own user.
 *
 * Independent facts (net.txt): the probe opens a TCP listener and a UDP socket on 127.0.0.1 at
 * ports the system chose, so the TCP/UDP tables must list them with the probe's pid.
 * drives.tsv: per drive string, GetDriveType, GetDiskFreeSpaceEx and GetVolumeInformation.
 * user.txt: GetUserNameW, GetUserNameExW(NameSamCompatible), and LookupAccountSidW and
 * ConvertSidToStringSidW of the token's user.
 */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include <wtsapi32.h>
#define SECURITY_WIN32
#include <security.h>
#include <sddl.h>

#include "probe.h"

#include <stdlib.h>

static SOCKET listener, datagram;

static int bound_port(SOCKET s) {
  struct sockaddr_in a;
  int len = sizeof a;
  getsockname(s, (struct sockaddr *)&a, &len);
  return ntohs(a.sin_port);
}

static void open_sockets(FILE *f) {
  WSADATA wsa;
  WSAStartup(MAKEWORD(2, 2), &wsa);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  bind(listener, (struct sockaddr *)&a, sizeof a);
  listen(listener, 1);
  datagram = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
  bind(datagram, (struct sockaddr *)&a, sizeof a);
  fprintf(f, "tcp_listen=127.0.0.1:%d\n", bound_port(listener));
  fprintf(f, "udp_bound=127.0.0.1:%d\n", bound_port(datagram));
  fprintf(f, "pid=%lu\n", GetCurrentProcessId());
}

/*
 * adapters.tsv: the adapter list walked by MinGW's own struct definitions (the compiler's
 * offsets, not the Java declarations), addresses printed by InetNtopA; ifentry2.tsv: per adapter
 * GetIfEntry2, a call of its own, with psutil's net_io_counters sums and the link state.
 */
static void adapters_text(IP_ADAPTER_ADDRESSES *list) {
  FILE *a = open_text("adapters.tsv");
  FILE *e = open_text("ifentry2.tsv");
  fprintf(a, "ifIndex\tfriendlyName\tdescription\tmac\tmtu\taddresses\n");
  fprintf(e, "ifIndex\tfriendlyName\tbytesSent\tbytesRecv\tpacketsSent\tpacketsRecv\terrin\t"
             "errout\tdropin\tdropout\toperStatus\tadminStatus\ttransmitLinkSpeed\tmtu\n");
  for (IP_ADAPTER_ADDRESSES *p = list; p; p = p->Next) {
    fprintf(a, "%lu\t%s", p->IfIndex, utf8(p->FriendlyName));
    fprintf(a, "\t%s\t", utf8(p->Description));
    for (ULONG i = 0; i < p->PhysicalAddressLength; i++) {
      fprintf(a, i ? "-%02X" : "%02X", p->PhysicalAddress[i]);
    }
    fprintf(a, "\t%lu\t", p->Mtu);
    for (IP_ADAPTER_UNICAST_ADDRESS *u = p->FirstUnicastAddress; u; u = u->Next) {
      char text[64] = "?";
      struct sockaddr *sa = u->Address.lpSockaddr;
      if (sa->sa_family == AF_INET) {
        InetNtopA(AF_INET, &((struct sockaddr_in *)sa)->sin_addr, text, sizeof text);
      } else if (sa->sa_family == AF_INET6) {
        InetNtopA(AF_INET6, &((struct sockaddr_in6 *)sa)->sin6_addr, text, sizeof text);
      }
      fprintf(a, "%s%d/%s/%u", u == p->FirstUnicastAddress ? "" : ";", sa->sa_family, text,
              u->OnLinkPrefixLength);
      /* psutil's IPv4 netmask: ConvertLengthToIpv4Mask of the on-link prefix. */
      ULONG mask;
      char mask_text[32];
      if (sa->sa_family == AF_INET && ConvertLengthToIpv4Mask(u->OnLinkPrefixLength, &mask) == NO_ERROR &&
          InetNtopA(AF_INET, &mask, mask_text, sizeof mask_text)) {
        fprintf(a, "/%s", mask_text);
      }
    }
    fputc('\n', a);
    MIB_IF_ROW2 row = {0};
    row.InterfaceIndex = p->IfIndex;
    if (GetIfEntry2(&row) == NO_ERROR) {
      fprintf(e, "%lu\t%s\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%d\t%d\t%llu\t%lu\n",
              p->IfIndex, utf8(p->FriendlyName), row.OutOctets, row.InOctets,
              row.OutUcastPkts + row.OutNUcastPkts, row.InUcastPkts + row.InNUcastPkts,
              row.InErrors, row.OutErrors, row.InDiscards, row.OutDiscards, (int)row.OperStatus,
              (int)row.AdminStatus, row.TransmitLinkSpeed, row.Mtu);
    }
  }
  fclose(a);
  fclose(e);
}

/* iftable.tsv: the older GetIfTable (MIB_IFROW) psutil's net_if_stats reads: speed, MTU, states. */
static void if_table_text(void) {
  DWORD size = 0;
  GetIfTable(NULL, &size, FALSE);
  MIB_IFTABLE *t = calloc(1, size + 4096);
  size += 4096;
  FILE *f = open_text("iftable.tsv");
  fprintf(f, "ifIndex\tspeed\tmtu\toperStatus\tadminStatus\tdescription\n");
  if (GetIfTable(t, &size, FALSE) == NO_ERROR) {
    for (DWORD i = 0; i < t->dwNumEntries; i++) {
      MIB_IFROW *r = &t->table[i];
      fprintf(f, "%lu\t%lu\t%lu\t%lu\t%lu\t%.*s\n", r->dwIndex, r->dwSpeed, r->dwMtu,
              (unsigned long)r->dwOperStatus, r->dwAdminStatus, (int)r->dwDescrLen, r->bDescr);
    }
  }
  fclose(f);
  free(t);
}

typedef DWORD(WINAPI *TableCall)(PVOID, PDWORD, BOOL, ULONG, int, ULONG);

static void table(const char *file, const char *api, TableCall call, ULONG family, int cls) {
  DWORD size = 0;
  call(NULL, &size, FALSE, family, cls, 0);
  void *buf = calloc(1, size + 4096);
  size += 4096;
  DWORD rc = call(buf, &size, FALSE, family, cls, 0);
  char args[64];
  snprintf(args, sizeof args, "%s class %d", family == AF_INET ? "AF_INET" : "AF_INET6", cls);
  save_raw(file, api, args, rc, buf, rc == NO_ERROR ? size : 0);
  free(buf);
}

void capture_network(void) {
  FILE *f = open_text("net.txt");
  open_sockets(f);
  fclose(f);
  table("GetExtendedTcpTable-AF_INET-OWNER_PID_ALL.bin", "GetExtendedTcpTable",
        (TableCall)GetExtendedTcpTable, AF_INET, TCP_TABLE_OWNER_PID_ALL);
  table("GetExtendedTcpTable-AF_INET6-OWNER_PID_ALL.bin", "GetExtendedTcpTable",
        (TableCall)GetExtendedTcpTable, AF_INET6, TCP_TABLE_OWNER_PID_ALL);
  table("GetExtendedUdpTable-AF_INET-OWNER_PID.bin", "GetExtendedUdpTable",
        (TableCall)GetExtendedUdpTable, AF_INET, UDP_TABLE_OWNER_PID);
  table("GetExtendedUdpTable-AF_INET6-OWNER_PID.bin", "GetExtendedUdpTable",
        (TableCall)GetExtendedUdpTable, AF_INET6, UDP_TABLE_OWNER_PID);
  manifest_note("sizeof.MIB_TCPROW_OWNER_PID", "%zu", sizeof(MIB_TCPROW_OWNER_PID));
  manifest_note("sizeof.MIB_TCP6ROW_OWNER_PID", "%zu", sizeof(MIB_TCP6ROW_OWNER_PID));
  manifest_note("sizeof.MIB_UDPROW_OWNER_PID", "%zu", sizeof(MIB_UDPROW_OWNER_PID));
  manifest_note("sizeof.MIB_UDP6ROW_OWNER_PID", "%zu", sizeof(MIB_UDP6ROW_OWNER_PID));

  /* psutil's call: GetAdaptersAddresses(AF_UNSPEC, 0), grown on ERROR_BUFFER_OVERFLOW. */
  ULONG size = 4096;
  void *buf = malloc(size);
  ULONG rc = GetAdaptersAddresses(AF_UNSPEC, 0, NULL, buf, &size);
  int grew = 0;
  while (rc == ERROR_BUFFER_OVERFLOW && grew++ < 5) {
    buf = realloc(buf, size);
    rc = GetAdaptersAddresses(AF_UNSPEC, 0, NULL, buf, &size);
  }
  save_raw("GetAdaptersAddresses-AF_UNSPEC.bin", "GetAdaptersAddresses", "AF_UNSPEC flags 0", rc,
           buf, rc == NO_ERROR ? size : 0);
  manifest_note("sizeof.IP_ADAPTER_ADDRESSES", "%zu", sizeof(IP_ADAPTER_ADDRESSES));
  if (rc == NO_ERROR) {
    adapters_text(buf);
  }
  free(buf);
  if_table_text();

  MIB_IF_TABLE2 *ifs = NULL;
  rc = GetIfTable2(&ifs);
  size_t bytes = rc == NO_ERROR ? offsetof(MIB_IF_TABLE2, Table) + ifs->NumEntries * sizeof(MIB_IF_ROW2) : 0;
  save_raw("GetIfTable2.bin", "GetIfTable2", "", rc, ifs, bytes);
  manifest_note("sizeof.MIB_IF_ROW2", "%zu", sizeof(MIB_IF_ROW2));
  if (ifs) {
    FreeMibTable(ifs);
  }
}

static void drives(void) {
  WCHAR list[512];
  DWORD n = GetLogicalDriveStringsW(512, list);
  save_raw("GetLogicalDriveStrings.bin", "GetLogicalDriveStringsW", "512", n, list,
           n * sizeof(WCHAR));
  FILE *f = open_text("drives.tsv");
  fprintf(f, "drive\ttype\tfreeToCaller\ttotal\ttotalFree\tfsName\tflags\n");
  for (WCHAR *d = list; *d; d += wcslen(d) + 1) {
    fprintf(f, "%s\t%u", utf8(d), GetDriveTypeW(d));
    ULARGE_INTEGER avail, total, free_all;
    if (GetDiskFreeSpaceExW(d, &avail, &total, &free_all)) {
      fprintf(f, "\t%llu\t%llu\t%llu", avail.QuadPart, total.QuadPart, free_all.QuadPart);
    } else {
      fprintf(f, "\terror:%lu\terror:%lu\terror:%lu", GetLastError(), GetLastError(),
              GetLastError());
    }
    WCHAR fs[64];
    DWORD fsflags;
    if (GetVolumeInformationW(d, NULL, 0, NULL, NULL, &fsflags, fs, 64)) {
      fprintf(f, "\t%s\t0x%lx\n", utf8(fs), fsflags);
    } else {
      fprintf(f, "\terror:%lu\terror:%lu\n", GetLastError(), GetLastError());
    }
  }
  fclose(f);
}

static void sessions_and_user(void) {
  WTS_SESSION_INFOW *sessions = NULL;
  DWORD count = 0;
  BOOL ok = WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 1, &sessions, &count);
  save_raw("WTSEnumerateSessions.bin", "WTSEnumerateSessionsW", "current server", ok ? (long long)count : -1,
           sessions, ok ? count * sizeof(WTS_SESSION_INFOW) : 0);
  if (sessions) {
    WTSFreeMemory(sessions);
  }
  HANDLE token;
  FILE *f = open_text("user.txt");
  if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
    unsigned char buf[256];
    DWORD len = 0;
    ok = GetTokenInformation(token, TokenUser, buf, sizeof buf, &len);
    save_raw("GetTokenInformation-TokenUser.bin", "GetTokenInformation", "TokenUser", ok, buf,
             ok ? len : 0);
    WCHAR name[256], domain[256];
    DWORD nlen = 256, dlen = 256;
    SID_NAME_USE use;
    if (ok && LookupAccountSidW(NULL, ((TOKEN_USER *)buf)->User.Sid, name, &nlen, domain, &dlen,
                                &use)) {
      fprintf(f, "LookupAccountSid.name=%s\n", utf8(name));
      fprintf(f, "LookupAccountSid.domain=%s\n", utf8(domain));
    }
    LPWSTR sid_text;
    if (ok && ConvertSidToStringSidW(((TOKEN_USER *)buf)->User.Sid, &sid_text)) {
      fprintf(f, "ConvertSidToStringSid=%s\n", utf8(sid_text));
      LocalFree(sid_text);
    }
    CloseHandle(token);
  }
  WCHAR user[256];
  DWORD ulen = 256;
  if (GetUserNameW(user, &ulen)) {
    fprintf(f, "GetUserName=%s\n", utf8(user));
  }
  /* DOMAIN\user from secur32, not from LookupAccountSid: psutil's username() format. */
  ulen = 256;
  if (GetUserNameExW(NameSamCompatible, user, &ulen)) {
    fprintf(f, "GetUserNameEx.NameSamCompatible=%s\n", utf8(user));
  } else {
    fprintf(f, "GetUserNameEx.NameSamCompatible=error:%lu\n", GetLastError());
  }
  fclose(f);
}

static void services(void) {
  SC_HANDLE scm = OpenSCManagerW(NULL, NULL, SC_MANAGER_ENUMERATE_SERVICE);
  if (!scm) {
    manifest_note("OpenSCManager", "error %lu", GetLastError());
    return;
  }
  DWORD need = 0, count = 0, resume = 0;
  EnumServicesStatusExW(scm, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL, NULL, 0,
                        &need, &count, &resume, NULL);
  DWORD size = need + 4096;
  ENUM_SERVICE_STATUS_PROCESSW *buf = calloc(1, size);
  resume = 0;
  BOOL ok = EnumServicesStatusExW(scm, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL,
                                  (BYTE *)buf, size, &need, &count, &resume, NULL);
  save_raw("EnumServicesStatusEx.bin", "EnumServicesStatusExW",
           "SC_ENUM_PROCESS_INFO SERVICE_WIN32 SERVICE_STATE_ALL", ok ? (long long)count : -1, buf,
           ok ? size : 0);
  manifest_note("sizeof.ENUM_SERVICE_STATUS_PROCESSW", "%zu", sizeof(ENUM_SERVICE_STATUS_PROCESSW));
  for (DWORD i = 0; ok && i < count && i < 3; i++) {
    SC_HANDLE svc = OpenServiceW(scm, buf[i].lpServiceName, SERVICE_QUERY_CONFIG);
    DWORD cfg_need = 0;
    QueryServiceConfigW(svc, NULL, 0, &cfg_need);
    void *cfg = calloc(1, cfg_need + 1);
    BOOL cok = svc && QueryServiceConfigW(svc, cfg, cfg_need, &cfg_need);
    char file[64];
    snprintf(file, sizeof file, "QueryServiceConfig-%lu.bin", i);
    save_raw(file, "QueryServiceConfigW", utf8(buf[i].lpServiceName), cok, cfg,
             cok ? cfg_need : 0);
    free(cfg);
    if (svc) {
      CloseServiceHandle(svc);
    }
  }
  free(buf);
  CloseServiceHandle(scm);
}

void capture_disks_users_services(void) {
  drives();
  sessions_and_user();
  services();
}
