package io.github.jpsutil.cli;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into the text of a one-line error message. */
public final class ErrorText {
  private ErrorText() {}

  /** The message for any exception a command let through. */
  public static String describe(Throwable e) {
    if (e instanceof CommandFailure) {
      return e.getMessage();
    }
    if (e instanceof NoSuchProcess) {
      // "process PID not found (pid=42)", "PID still exists but it's a zombie (pid=42, …)"
      return e.getMessage();
    }
    if (e instanceof AccessDenied a) {
      // The backend's msg already says why ("permission denied: /proc/1/smaps (pid=1)").
      return a.msg().isEmpty() ? "access denied " + e.getMessage() : e.getMessage();
    }
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      IOException io = u.getCause();
      return io instanceof FileSystemException f && f.getFile() != null
          ? f.getFile() + ": " + reason(io)
          : reason(io);
    }
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }

  /** Why an I/O operation failed, worded as coreutils does, without the file name. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
