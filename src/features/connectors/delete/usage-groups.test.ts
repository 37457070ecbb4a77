import type { EntitySetupUsage } from '@/api/schemas/setup-usage'

import { entityCount, groupUsages, kindCount, whereOf } from './usage-groups'

const usage = (
  type: string,
  name: string,
  ref: { orgIdentifier?: string; projectIdentifier?: string } = {},
  detail?: Record<string, unknown>,
): EntitySetupUsage => ({
  referredByEntity: { type, name, entityRef: { identifier: name.toLowerCase(), ...ref } },
  detail,
})

test('groups by kind in a fixed order, unknown kinds last under their API name', () => {
  const groups = groupUsages([
    usage('Secrets', 'Db password'),
    usage('GitOpsApplication', 'Shop app'),
    usage('Pipelines', 'Zeta'),
    usage('Pipelines', 'Alpha', { orgIdentifier: 'default', projectIdentifier: 'cd' }),
    usage(
      'Infrastructure',
      'EKS',
      { orgIdentifier: 'default' },
      {
        type: 'EntityReferredByInfraSetupUsageDetail',
        environmentName: 'Production',
      },
    ),
  ])
  expect(groups.map((g) => [g.label, g.items.map((i) => i.name)])).toEqual([
    ['Pipelines', ['Alpha', 'Zeta']],
    ['Infrastructure definitions', ['EKS']],
    ['Secrets', ['Db password']],
    ['GitOpsApplication', ['Shop app']],
  ])
  expect(groups[0].items[0].where).toBe('Project default / cd')
  expect(groups[1].items[0]).toMatchObject({
    where: 'Org default',
    note: 'in environment Production',
  })
})

test('names a usage even when the record lacks a name or a type', () => {
  const [group] = groupUsages([{ referredByEntity: { entityRef: { identifier: 'x1' } } }])
  expect(group).toMatchObject({ label: 'Unknown', items: [{ name: 'x1', where: 'Account' }] })
})

test('scopes and counts in words', () => {
  expect(whereOf({})).toBe('Account')
  expect(whereOf({ orgIdentifier: 'payments', projectIdentifier: null })).toBe('Org payments')
  expect(entityCount(1)).toBe('1 entity')
  expect(entityCount(1200)).toBe('1,200 entities')
  const [pipelines, other] = groupUsages([
    usage('Pipelines', 'A'),
    usage('Pipelines', 'B'),
    usage('GitOpsApplication', 'C'),
  ])
  expect([kindCount(pipelines), kindCount(other)]).toEqual(['2 pipelines', '1 GitOpsApplication'])
  expect(kindCount(groupUsages([usage('Service', 'S')])[0])).toBe('1 service')
})
