import * as Menu from '@radix-ui/react-dropdown-menu'
import { useQuery } from '@tanstack/react-query'
import { Building2, ChevronDown, FolderKanban, Globe } from 'lucide-react'
import { useLocation, useNavigate } from 'react-router'

import { scopeQueries } from '@/api/queries/scope'
import { scopeLevel, type Scope } from '@/api/scope'
import { useScope } from '@/hooks/use-scope'
import { withScope } from '@/lib/paths'

import styles from './layout.module.css'

/** Account, an organization, or a project: written to the URL so every link keeps it. */
export default function ScopeSwitcher() {
  const scope = useScope()
  const navigate = useNavigate()
  const location = useLocation()
  const orgs = useQuery(scopeQueries.organizations(scope.accountId))
  const projects = useQuery(scopeQueries.projects(scope.accountId))

  const orgName =
    orgs.data?.content.find((o) => o.organization.identifier === scope.orgId)?.organization.name ??
    scope.orgId
  const projectName =
    projects.data?.content.find(
      (p) => p.project.identifier === scope.projectId && p.project.orgIdentifier === scope.orgId,
    )?.project.name ?? scope.projectId
  const level = scopeLevel(scope)
  const label =
    level === 'project' ? `${orgName} / ${projectName}` : level === 'org' ? orgName : 'Account'

  const go = (next: Pick<Scope, 'orgId' | 'projectId'>) => {
    // Keep the page; drop page-specific filters that may not make sense at another scope.
    void navigate(withScope(location.pathname, next))
  }
  const value = `${scope.orgId ?? ''}/${scope.projectId ?? ''}`

  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while its links and
    // buttons stay focusable (axe aria-hidden-focus). Esc, Tab and a click outside still close it.
    <Menu.Root modal={false}>
      <Menu.Trigger className={`${styles.scopeTrigger} ${styles.scopeSwitch}`} title={label}>
        <span className={styles.scopeLevel}>{level === 'account' ? 'Scope' : level}:</span>
        <span className={styles.scopeName}>{label}</span>
        <span className="visually-hidden">, change scope</span>
        <ChevronDown size={14} aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className={styles.menu} align="start" sideOffset={6}>
          <Menu.RadioGroup
            value={value}
            onValueChange={(v) => {
              const [orgId, projectId] = v.split('/')
              go({ orgId: orgId || undefined, projectId: projectId || undefined })
            }}
          >
            <Menu.RadioItem value="/" className={styles.menuItem}>
              <Globe size={14} aria-hidden /> Account
            </Menu.RadioItem>
            <Menu.Separator className={styles.menuSeparator} />
            <Menu.Label className={styles.menuLabel}>Organizations and projects</Menu.Label>
            {orgs.isPending ? <div className={styles.menuLabel}>Loading…</div> : null}
            {orgs.isError ? (
              <div className={styles.menuLabel}>Could not load organizations</div>
            ) : null}
            {orgs.data?.content.map(({ organization: org }) => (
              <div key={org.identifier}>
                <Menu.RadioItem value={`${org.identifier}/`} className={styles.menuItem}>
                  <Building2 size={14} aria-hidden /> {org.name}
                </Menu.RadioItem>
                {projects.data?.content
                  .filter((p) => p.project.orgIdentifier === org.identifier)
                  .map(({ project }) => (
                    <Menu.RadioItem
                      key={project.identifier}
                      value={`${org.identifier}/${project.identifier}`}
                      className={[styles.menuItem, styles.menuItemNested].join(' ')}
                    >
                      <FolderKanban size={14} aria-hidden /> {project.name}
                    </Menu.RadioItem>
                  ))}
              </div>
            ))}
          </Menu.RadioGroup>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  )
}
