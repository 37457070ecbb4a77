import { screen, waitFor } from '@testing-library/react'
import { parseAllDocuments } from 'yaml'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { MOCK_ACCOUNT_ID } from '@/api/session'
import { update } from '@/mocks/db'
import { renderWithApp } from '@/test/render'

import { ExportDialog } from './export-dialog'
import type { TestAllItem } from '../health/use-test-all'

/** What the browser was handed to save: the file name and the blob's text (jsdom has no downloads). */
let saved: { filename: string; blob: Blob }[] = []
beforeEach(() => {
  saved = []
  const blobs = new Map<string, Blob>()
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ filename: this.download, blob: blobs.get(this.href)! })
  })
})
afterEach(() => vi.restoreAllMocks())

const scope = { accountId: MOCK_ACCOUNT_ID }
const item = (identifier: string): TestAllItem => ({
  key: `//${identifier}`,
  label: identifier,
  identifier,
  scope,
})
const downloaded = async () => {
  const { filename, blob } = saved[saved.length - 1]
  const content = await blob.text()
  return {
    filename,
    content,
    docs: parseAllDocuments(content).map((d) => d.toJS() as { connector: { identifier: string } }),
  }
}

describe('ExportDialog', () => {
  it('exports the selection as Harness has it now, and says which no longer exist', async () => {
    const { user } = renderWithApp(
      <ExportDialog
        open
        onOpenChange={() => {}}
        scope={scope}
        params={{}}
        filtered={false}
        shown={40}
        selected={[item('github_acme'), item('dockerhub'), item('deleted_meanwhile')]}
      />,
    )
    // Renamed in Harness after the list was read: the export has the new name.
    update((db) => {
      const c = db.connectors.find((x) => x.response.connector.identifier === 'github_acme')!
      c.response.connector.name = 'GitHub renamed'
    })
    expect(screen.getByRole('radio', { name: 'The 3 selected connectors' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Download 3 connectors' }))
    const result = await screen.findByRole('status')
    expect(result).toHaveTextContent('Downloaded connectors.yaml: 2 connectors')
    expect(screen.getByText(/1 selected connector no longer exists in Harness/)).toBeVisible()
    const { filename, docs } = await downloaded()
    expect(filename).toBe('connectors.yaml')
    expect(docs.map((d: { connector: { identifier: string } }) => d.connector.identifier)).toEqual([
      'github_acme',
      'dockerhub',
    ])
    expect(docs[0]).toMatchObject({ connector: { name: 'GitHub renamed' } })
  })

  it('exports every connector the filters show, across pages, each once', async () => {
    const { user } = renderWithApp(
      <ExportDialog
        open
        onOpenChange={() => {}}
        scope={scope}
        params={{ searchTerm: 'Paged' }}
        filtered
        shown={130}
        selected={[]}
      />,
    )
    // Added after the render (it seeds the mock afresh): more than one 100-connector page.
    update((db) => {
      const template = db.connectors.find((x) => x.response.connector.identifier === 'dockerhub')!
      for (let i = 0; i < 130; i++)
        db.connectors.push({
          history: [],
          response: {
            ...template.response,
            connector: {
              ...template.response.connector,
              identifier: `paged_${i}`,
              name: `Paged ${i}`,
            },
          },
        })
    })
    expect(screen.getByRole('radio', { name: 'All 130 connectors the filters show' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Download 130 connectors' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const ids = (await downloaded()).docs.map(
      (d: { connector: { identifier: string } }) => d.connector.identifier,
    )
    expect(ids).toHaveLength(130)
    expect(new Set(ids).size).toBe(130)
    expect(ids.every((id: string) => id.startsWith('paged_'))).toBe(true)
  })
})
