/**
 * End-to-end checks of jpsutil's public API on real processes: {@link
 * io.github.jpsutil.itests.Main} shows which provider the module path selected, and {@link
 * io.github.jpsutil.itests.ContractMain} runs the every-getter-on-every-pid contract (so it can be
 * launched as another user). The JUnit tests live beside them, patched into this module.
 */
module io.github.jpsutil.itests {
  requires io.github.jpsutil;
}
