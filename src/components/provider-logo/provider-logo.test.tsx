import { render, screen } from '@testing-library/react'

import { ProviderLogo, ProviderLogoSvg } from './provider-logo'
import github from './icons/github'

const GITHUB = { id: 'github', initials: 'GH', category: 'code' } as const
const SLACK = { id: 'slack', initials: 'SC', category: 'collaboration' } as const

test('a provider with a logo shows it once its chunk is in; one without keeps its initials', async () => {
  const { container } = render(
    <>
      <ProviderLogo provider={GITHUB} />
      <ProviderLogo provider={SLACK} size="small" />
    </>,
  )
  expect(screen.getByText('SC')).toHaveAttribute('aria-hidden', 'true')
  const logo = await screen.findByText((_, el) => el?.getAttribute('data-logo') === 'github')
  expect(logo).toHaveAttribute('aria-hidden', 'true')
  expect(logo.querySelector('path')).toHaveAttribute('d', github.path)
  expect(logo.style.getPropertyValue('--logo-light')).toBe('#181717')
  // GitHub's near-black is unreadable on the dark surface: the text colour is used there.
  expect(logo.style.getPropertyValue('--logo-dark')).toBe('')
  expect(container).not.toHaveTextContent('GH')
})

test('inside an SVG too', async () => {
  const { container } = render(
    <svg>
      <ProviderLogoSvg provider={GITHUB} x={0} y={0} size={20} />
      <ProviderLogoSvg provider={SLACK} x={30} y={0} size={20} />
    </svg>,
  )
  expect(screen.getByText('SC')).toBeInTheDocument()
  await screen.findByText((_, el) => el?.getAttribute('data-logo') === 'github')
  expect(container.querySelector('[data-logo="github"] path')).toHaveAttribute('d', github.path)
})
