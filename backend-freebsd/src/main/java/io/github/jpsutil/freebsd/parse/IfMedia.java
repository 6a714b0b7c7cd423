package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.NicDuplex;

/**
 * The media word of {@code SIOCGIFMEDIA} ({@code ifm_active}, FreeBSD {@code net/if_media.h}) read
 * as psutil's {@code psutil_get_nic_speed} and {@code psutil_net_if_duplex_speed} do on FreeBSD.
 * {@code IFM_SUBTYPE} of an Ethernet word includes the extended-variant bits ({@code
 * IFM_ETH_XTYPE}), so an extended subtype (25G, 40G…) matches no case and is speed 0, as in psutil.
 */
final class IfMedia {
  private IfMedia() {}

  static final int IFM_NMASK = 0xe0;
  static final int IFM_TMASK = 0x1f;
  static final int IFM_ETH_XTYPE = 0x7800;
  static final int IFM_ETHER = 0x20;
  static final int IFM_IEEE80211 = 0x80;
  static final int IFM_FDX = 0x0010_0000;
  static final int IFM_HDX = 0x0020_0000;

  /** Mbit/s, 0 when psutil does not know the medium. */
  static int speedMbps(int active) {
    int type = active & IFM_NMASK;
    if (type == IFM_ETHER) {
      return switch (active & (IFM_TMASK | IFM_ETH_XTYPE)) {
        case 17 -> 1; // IFM_HPNA_1
        case 3, 4, 5, 12, 13 -> 10; // IFM_10_T, _10_2, _10_5, _10_STP, _10_FL
        case 6, 7, 8, 9, 10 -> 100; // IFM_100_TX, _FX, _T4, _VG, _T2
        case 11, 14, 15, 16 -> 1000; // IFM_1000_SX, _LX, _CX, _T
        case 18, 19, 20, 22, 23, 26 -> 10000; // IFM_10G_LR, _SR, _CX4, _TWINAX(_LONG), _T
        case 21 -> 2500; // IFM_2500_SX
        default -> 0;
      };
    } else if (type == IFM_IEEE80211) {
      return switch (active & IFM_TMASK) {
        case 3, 5 -> 1; // IFM_IEEE80211_FH1, _DS1
        case 4, 6 -> 2; // _FH2, _DS2
        case 7 -> 5; // _DS5
        case 8 -> 11; // _DS11
        case 9 -> 22; // _DS22
        default -> 0;
      };
    }
    return 0;
  }

  /** IFM_FDX: full; else IFM_HDX: half; else unknown. */
  static NicDuplex duplex(int active) {
    if ((active & IFM_FDX) != 0) {
      return NicDuplex.FULL;
    }
    return (active & IFM_HDX) != 0 ? NicDuplex.HALF : NicDuplex.UNKNOWN;
  }
}
