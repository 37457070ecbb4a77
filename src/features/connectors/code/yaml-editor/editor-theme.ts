import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { EditorView } from '@codemirror/view'
import { tags as t } from '@lezer/highlight'

/**
 * The editor in the console's colours: every colour is a token of src/styles/tokens.css, so one
 * theme follows light, dark and the admin's choice (`data-theme`) without re-creating the editor.
 * Text colours are the tokens the app already uses for text on `--surface` (each ≥ 4.5:1).
 */
const theme = EditorView.theme({
  '&': {
    color: 'var(--text)',
    backgroundColor: 'var(--surface)',
    border: '1px solid var(--border-strong)',
    borderRadius: 'var(--radius)',
    fontSize: '13px',
  },
  // The focus ring the rest of the console uses (ui.module.css), outside the border.
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': {
    fontFamily: 'var(--font-mono)',
    lineHeight: '1.6',
    minHeight: '320px',
    maxHeight: 'min(70vh, 720px)',
    overflow: 'auto',
  },
  '.cm-content': { caretColor: 'var(--text)', padding: 'var(--space-2) 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground':
    { backgroundColor: 'var(--accent-soft)' },
  '.cm-content ::selection': { backgroundColor: 'var(--accent-soft)' },
  '.cm-activeLine': {
    backgroundColor: 'color-mix(in srgb, var(--surface-hover) 60%, transparent)',
  },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--text-subtle)',
    borderRight: '1px solid var(--border)',
    borderRadius: 'var(--radius) 0 0 var(--radius)',
  },
  '.cm-activeLineGutter': { backgroundColor: 'var(--surface-hover)', color: 'var(--text)' },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 var(--space-2) 0 var(--space-3)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border-strong)',
    borderRadius: 'var(--radius-sm)',
    boxShadow: 'var(--shadow-lg)',
  },
  '.cm-diagnostic': { padding: 'var(--space-1) var(--space-2)', fontFamily: 'var(--font-sans)' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--danger)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--warning)' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--danger)',
    textUnderlineOffset: '3px',
  },
  '.cm-lintRange-warning': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--warning)',
    textUnderlineOffset: '3px',
  },
  '.cm-panels': { backgroundColor: 'var(--surface-2)', color: 'var(--text)' },
  '.cm-panel.cm-panel-lint ul [aria-selected]': { backgroundColor: 'var(--accent-soft)' },
  '.cm-matchingBracket': {
    backgroundColor: 'var(--accent-soft)',
    outline: '1px solid var(--border-strong)',
  },
})

const highlight = HighlightStyle.define([
  { tag: t.definition(t.propertyName), color: 'var(--accent)' },
  { tag: t.string, color: 'var(--success)' },
  { tag: [t.keyword, t.typeName, t.labelName, t.meta], color: 'var(--warning)' },
  { tag: t.lineComment, color: 'var(--text-muted)', fontStyle: 'italic' },
  { tag: [t.separator, t.punctuation, t.squareBracket, t.brace], color: 'var(--text-muted)' },
])

export const consoleTheme = [theme, syntaxHighlighting(highlight)]
