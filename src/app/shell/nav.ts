import { Cable, KeyRound, LayoutDashboard, Network, PackageOpen, Plug, Server } from 'lucide-react'

import { paths } from '@/lib/paths'

/** The sidebar mirrors Harness: Getting started, Setup > Delegates, Connectors, Network. */
export const navSections = [
  {
    heading: null,
    items: [{ to: paths.home, label: 'Getting started', icon: LayoutDashboard, end: true }],
  },
  {
    heading: 'Setup',
    items: [
      { to: paths.delegates, label: 'Delegates', icon: Server, end: true },
      { to: paths.delegateTokens, label: 'Delegate Tokens', icon: KeyRound, nested: true },
      { to: paths.installers, label: 'Installers', icon: PackageOpen, nested: true },
      { to: paths.connectors, label: 'Connectors', icon: Plug },
      { to: paths.network, label: 'Network', icon: Network },
    ],
  },
] as const

export const BrandIcon = Cable
