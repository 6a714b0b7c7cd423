package io.github.jpsutil.linux.parse;

/**
 * One {@code struct proc_event} of Linux's process connector ({@code <linux/cn_proc.h>}), reduced
 * to what jpsutil reports. Pids are the kernel's: {@code pid} is the task (thread) id and {@code
 * tgid} its thread group (process) id.
 *
 * @param kind which event
 * @param pid the task: the child for a fork, the process for exec and exit
 * @param tgid that task's thread group
 * @param parentTgid the parent's thread group for fork, and for exit since Linux 4.18 (0 before)
 * @param exitStatus for exit: the wait status ({@code task->exit_code}), see {@link WaitStatus}
 */
public record ProcConnectorEvent(Kind kind, int pid, int tgid, int parentTgid, int exitStatus) {

  /** The {@code enum what} values jpsutil uses; every other one is {@link #OTHER}. */
  public enum Kind {
    /** {@code PROC_EVENT_NONE}: the acknowledgement of a listen request. */
    ACK,
    /** {@code PROC_EVENT_FORK}: a new task, a process when {@code pid == tgid}. */
    FORK,
    /** {@code PROC_EVENT_EXEC}. */
    EXEC,
    /** {@code PROC_EVENT_EXIT}: a task ended, a process when {@code pid == tgid}. */
    EXIT,
    /** uid, gid, sid, ptrace, comm or coredump changes, which jpsutil does not report. */
    OTHER
  }

  /** Whether this concerns a whole process (a thread group leader) rather than a thread. */
  public boolean isProcess() {
    return pid == tgid;
  }
}
