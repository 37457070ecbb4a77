import { screen, within } from '@testing-library/react'

import type { DelegateGroup } from '@/api/schemas/delegate'
import { renderWithApp } from '@/test/render'

import { Troubleshooter } from './troubleshooter'

const group = (over: Partial<DelegateGroup>): DelegateGroup => ({
  groupName: 'ci-docker',
  delegateGroupIdentifier: 'ci_docker',
  connectivityStatus: 'disconnected',
  groupVersion: '25.10.86800',
  ...over,
})

/** A step is a list item named by its title. */
const step = (title: string) => screen.getByRole('listitem', { name: new RegExp(title) })
const command = (title: string) =>
  within(step(title)).getByLabelText(`Command: ${title}`).textContent

test('Docker: the container found by its DELEGATE_NAME, docker commands, a revoked token named', () => {
  renderWithApp(
    <Troubleshooter
      group={group({ delegateType: 'DOCKER' })}
      managerHost="app.harness.io"
      tokenRevoked
      tokenName="ci_token"
    />,
  )
  const steps = within(screen.getAllByRole('list')[0]).getAllByRole('listitem', { name: /\?$/ })
  expect(steps.map((li) => within(li).getByRole('heading').textContent)).toEqual([
    'Did it come up?',
    'Is it restarting?',
    'Can it pull its image?',
    'Is its token good?',
    'Can it reach the Manager?',
    'Does it go through a proxy?',
  ])
  expect(command('Did it come up?')).toContain("grep -qxF -e 'DELEGATE_NAME=ci-docker'")
  expect(command('Can it pull its image?')).toBe("docker pull 'harness/delegate:25.10.86800'")
  expect(command('Can it reach the Manager?')).toContain("docker exec '<container ID>' curl")
  const token = step('Is its token good?')
  expect(within(token).getByText(/^The token ci_token is revoked\./)).toBeVisible()
  expect(within(token).getByText('Problem')).toBeVisible()
  expect(within(token).queryByRole('button', { name: /Copy/ })).toBeNull()
  expect(
    within(step('Did it come up?')).getByRole('button', { name: 'Copy: Command: Did it come up?' }),
  ).toBeVisible()
})

test('Kubernetes: kubectl in the namespace, what the output means, the preflight link; a token of another scope', () => {
  renderWithApp(
    <Troubleshooter
      group={group({ groupName: 'eks-prod', delegateType: 'KUBERNETES' })}
      namespace="delegates"
      managerHost="app3.harness.io"
      tokenRevoked={null}
      tokenName={null}
      tokenInScope={false}
    />,
  )
  expect(command('Did it come up?')).toContain("kubectl get pods --namespace 'delegates'")
  expect(command('Is it restarting?')).toBe(
    "kubectl describe pod '<pod name>' --namespace 'delegates'\nkubectl logs '<pod name>' --namespace 'delegates' --previous",
  )
  expect(within(step('Is it restarting?')).getByText(/Reason: OOMKilled/)).toBeVisible()
  expect(command('Does it go through a proxy?')).toContain(
    "kubectl set env 'deployment/eks-prod' --list",
  )
  const token = step('Is its token good?')
  expect(
    within(token).getByText(/None of this scope’s delegate tokens lists this group/),
  ).toBeVisible()
  expect(within(token).getByText(/Secret eks-prod-account-token/)).toBeVisible()
  const link = within(step('Can it reach the Manager?')).getByRole('link', {
    name: 'Preflight script for app3.harness.io (network page)',
  })
  expect(link).toHaveAttribute('href', '/network?cluster=prod3&export=preflight')
})
