import { AlertTriangle, XCircle } from 'lucide-react'

import { pluralize } from '@/lib/format'

import type { YamlDiagnostic } from '../validate-yaml'
import styles from './yaml-editor.module.css'

/**
 * The editor's problems as text, outside the editor: a polite live region, so screen readers hear
 * what changed, and each problem a button that puts the cursor on its line.
 */
export function ProblemList({
  id,
  problems,
  onGo,
}: {
  /** The summary's id: the editor is described by it. */
  id: string
  problems: YamlDiagnostic[]
  onGo: (problem: YamlDiagnostic) => void
}) {
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  const summary = problems.length
    ? [errors && pluralize(errors, 'error'), warnings && pluralize(warnings, 'warning')]
        .filter(Boolean)
        .join(' and ')
    : 'No problems found'
  return (
    <div role="status" className={styles.problems}>
      <p id={id} className={styles.summary} data-state={errors ? 'error' : 'ok'}>
        {summary}
      </p>
      {problems.length ? (
        <ul className={styles.list} aria-label="Problems in the YAML">
          {problems.map((p) => (
            <li key={`${p.from}-${p.message}`}>
              <button type="button" className={styles.problem} onClick={() => onGo(p)}>
                {p.severity === 'error' ? (
                  <XCircle size={14} aria-hidden className={styles.errorIcon} />
                ) : (
                  <AlertTriangle size={14} aria-hidden className={styles.warningIcon} />
                )}
                <span>
                  <span className={styles.line}>Line {p.line}:</span> {p.message}
                  {p.severity === 'warning' ? (
                    <span className="visually-hidden"> (warning)</span>
                  ) : null}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
