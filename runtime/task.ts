// The calling task's credentials, the part of `current` the DRM core looks at.

export interface Task {
  /** thread-group id: the process */
  readonly tgid: number;
  uid: number;
  /** capable(CAP_SYS_ADMIN) */
  capSysAdmin: boolean;
}
