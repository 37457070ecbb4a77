/** A problem before it is located: a path under `connector:` and the message to show there. */
export interface Problem {
  path: (string | number)[]
  message: string
  /** Point at the key rather than its value ("remove this key"). */
  key?: boolean
  warning?: boolean
}
