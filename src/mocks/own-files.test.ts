import { ownFiles } from './own-files'

const asks = (path: string) =>
  ownFiles.predicate({ request: new Request(`http://localhost:4173${path}`) })

describe('the embedded mock lets the console load its own files', () => {
  it('sends chunks, stylesheets, the config and the icon to the network', () => {
    for (const path of [
      '/assets/index-abc.js',
      '/assets/ui-abc.css',
      '/config.json',
      '/favicon.svg',
    ])
      expect(asks(path), path).toBe(true)
  })

  it('leaves every Manager call to the Manager handlers', () => {
    for (const path of [
      '/gateway/ng/api/connectors/listV2?accountIdentifier=a',
      '/gateway/api/setup/delegates/ng/v2',
    ])
      expect(asks(path), path).toBe(false)
  })
})
