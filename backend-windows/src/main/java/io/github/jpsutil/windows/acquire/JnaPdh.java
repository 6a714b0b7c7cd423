package io.github.jpsutil.windows.acquire;

import static io.github.jpsutil.windows.acquire.JnaReplies.bytes;
import static io.github.jpsutil.windows.acquire.JnaReplies.failed;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.windows.jna.Pdh;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The PDH calls of {@link JnaWindowsApi} (pdh.h). */
interface JnaPdh extends WindowsApi {
  int PDH_FMT_DOUBLE = 0x200;

  @Override
  default Reply openCounter(String path) {
    PointerByReference query = new PointerByReference();
    int status = Pdh.INSTANCE.PdhOpenQueryW(null, null, query);
    if (status != 0) {
      return failed(status, 0);
    }
    PointerByReference counter = new PointerByReference();
    status = Pdh.INSTANCE.PdhAddEnglishCounterW(query.getValue(), new WString(path), null, counter);
    if (status != 0) {
      Pdh.INSTANCE.PdhCloseQuery(query.getValue());
      return failed(status, 0);
    }
    ByteBuffer handles = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    handles.putLong(0, Pointer.nativeValue(query.getValue()));
    handles.putLong(8, Pointer.nativeValue(counter.getValue()));
    return new Reply(0, 16, handles, 0);
  }

  @Override
  default Reply sampleCounter(long query, long counter) {
    int status = Pdh.INSTANCE.PdhCollectQueryData(new Pointer(query));
    if (status != 0) {
      return failed(status, 0);
    }
    Memory value = new Memory(16);
    value.clear();
    status =
        Pdh.INSTANCE.PdhGetFormattedCounterValue(new Pointer(counter), PDH_FMT_DOUBLE, null, value);
    return status != 0 ? failed(status, 0) : bytes(0, 16, value.getByteArray(0, 16), 0);
  }

  @Override
  default void closeQuery(long query) {
    Pdh.INSTANCE.PdhCloseQuery(new Pointer(query));
  }
}
