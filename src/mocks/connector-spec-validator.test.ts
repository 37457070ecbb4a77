import { catalog, getProvider } from '@/catalog'
import { sampleValues } from '@/catalog/samples'
import { toConnectorInfo } from '@/catalog/to-api'

import { catalogSpecValidator } from './connector-spec-validator'

const scope = { accountId: 'acc' }

describe('catalogSpecValidator (the mock accepts what the form accepts)', () => {
  it.each(catalog.filter((p) => p.type).map((p) => [p.id]))('accepts a valid %s body', (id) => {
    const provider = getProvider(id)
    expect(catalogSpecValidator(toConnectorInfo(provider, sampleValues(provider), scope))).toEqual(
      [],
    )
  })

  it('names the body paths the form would reject', () => {
    const github = getProvider('github')
    const info = toConnectorInfo(
      github,
      { ...sampleValues(github), url: 'ftp://x', tokenRef: 'project.pat' },
      scope,
    )
    expect(catalogSpecValidator(info)).toEqual([
      { fieldId: 'spec.url', error: 'Enter a URL starting with https:// or http://' },
      {
        fieldId: 'spec.authentication.spec.spec.tokenRef',
        error: expect.stringContaining('project.') as unknown,
      },
    ])
  })

  it('asks for delegate selectors when the credential is inherited from the delegate', () => {
    const aws = getProvider('aws')
    const info = toConnectorInfo(
      aws,
      { ...sampleValues(aws, 'inherit'), delegateSelectors: [] },
      scope,
    )
    expect(catalogSpecValidator(info)).toEqual([
      {
        fieldId: 'spec.delegateSelectors',
        error: expect.stringContaining('delegate selector') as unknown,
      },
    ])
  })
})
