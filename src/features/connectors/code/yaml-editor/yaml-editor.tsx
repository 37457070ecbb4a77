import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { yaml } from '@codemirror/lang-yaml'
import { bracketMatching, indentOnInput } from '@codemirror/language'
import { forceLinting, linter, lintKeymap, type Diagnostic } from '@codemirror/lint'
import { Compartment, EditorState } from '@codemirror/state'
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'

import type { YamlDiagnostic } from '../validate-yaml'
import { consoleTheme } from './editor-theme'
import { ProblemList } from './problem-list'
import styles from './yaml-editor.module.css'

export interface YamlEditorProps {
  value: string
  onChange: (value: string) => void
  /** Runs after typing pauses (the lint's own delay); its diagnostics show on their lines. */
  validate: (text: string) => YamlDiagnostic[]
  /** The editor's accessible name. */
  label: string
  readOnly?: boolean
}

/** Lint waits this long after the last keystroke: fast enough to feel live, slow enough to type. */
const LINT_DELAY = 400

/**
 * A YAML editor (CodeMirror 6) whose problems show on their lines and, as text, in a list under
 * it that screen readers hear and that moves the cursor to a line. Tab is left to the browser
 * (no `indentWithTab`), so keyboard users can always leave the editor. Load this module lazily:
 * CodeMirror is for the pages that edit YAML only.
 */
export function YamlEditor({
  value,
  onChange,
  validate,
  label,
  readOnly = false,
}: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const editable = useRef(new Compartment())
  const latest = useRef({ onChange, validate })
  const [problems, setProblems] = useState<YamlDiagnostic[]>([])
  const listId = useId()
  useLayoutEffect(() => {
    latest.current = { onChange, validate }
  })

  useEffect(() => {
    const source = (v: EditorView): Diagnostic[] => {
      const found = latest.current.validate(v.state.doc.toString())
      setProblems(found)
      const end = v.state.doc.length
      return found.map((d) => ({
        from: Math.min(d.from, end),
        to: Math.min(Math.max(d.to, d.from), end),
        severity: d.severity,
        message: d.message,
      }))
    }
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          yaml(),
          linter(source, { delay: LINT_DELAY }),
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
          editable.current.of(EditorState.readOnly.of(readOnly)),
          EditorView.contentAttributes.of({
            'aria-label': label,
            // Focusable as it is (contenteditable); said outright so axe counts the scroller's
            // content as reachable by keyboard (scrollable-region-focusable).
            tabindex: '0',
            // The count of problems ("2 problems"), not the whole list, on every focus.
            'aria-describedby': listId,
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString())
          }),
          consoleTheme,
        ],
      }),
    })
    view.current = created
    return () => {
      created.destroy()
      view.current = null
    }
    // Created once; later values, labels and modes reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // A value from outside (the form turned into YAML, a template) replaces the text.
  useEffect(() => {
    const v = view.current
    if (v && v.state.doc.toString() !== value)
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } })
  }, [value])

  useEffect(() => {
    view.current?.dispatch({
      effects: editable.current.reconfigure(EditorState.readOnly.of(readOnly)),
    })
  }, [readOnly])

  // New rules (another scope, a saved connector) check the same text again.
  useEffect(() => {
    if (view.current) forceLinting(view.current)
  }, [validate])

  /** The cursor to the problem: its place when the text still has it, else its line. */
  const goTo = (problem: YamlDiagnostic) => {
    const v = view.current
    if (!v) return
    const doc = v.state.doc
    const line = doc.line(Math.min(problem.line, doc.lines))
    const at = problem.from >= line.from && problem.from <= line.to ? problem.from : line.from
    v.dispatch({ selection: { anchor: at }, scrollIntoView: true })
    v.focus()
  }

  return (
    <div className={styles.editor}>
      <div ref={host} className={styles.host} />
      <ProblemList id={listId} problems={problems} onGo={goTo} />
    </div>
  )
}
