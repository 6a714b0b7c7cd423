package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;

/** {@code kstat_ctl_t}, what {@code kstat_open(3KSTAT)} returns (illumos {@code <kstat.h>}). */
public final class KstatCtl {
  private KstatCtl() {}

  public static final CStruct LAYOUT = Timestruc.declare("kstat_ctl_t", 24, "kstat.h");
  public static final CField KC_CHAIN = LAYOUT.field("kc_chain", 8, CType.POINTER);
}
