import { NavLink } from 'react-router'

import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import styles from './layout.module.css'
import { BrandIcon, navSections } from './nav'

export function Sidebar() {
  const scope = useScope()
  return (
    <nav className={styles.sidebar} aria-label="Main">
      <NavLink to={withScope(paths.home, scope)} className={styles.brand}>
        <span className={styles.brandMark} aria-hidden>
          <BrandIcon size={16} />
        </span>
        Delegate Console
      </NavLink>
      {navSections.map((section) => (
        <div key={section.heading ?? 'top'} className={styles.navSection}>
          {section.heading ? <div className={styles.navHeading}>{section.heading}</div> : null}
          {section.items.map((item) => (
            <NavLink
              key={item.to}
              to={withScope(item.to, scope)}
              end={'end' in item ? item.end : false}
              className={[
                styles.navLink,
                'nested' in item && item.nested ? styles.navNested : '',
              ].join(' ')}
            >
              <item.icon size={16} aria-hidden />
              {item.label}
            </NavLink>
          ))}
        </div>
      ))}
      <div className={styles.sidebarFooter}>Harness delegates, tokens and connectors</div>
    </nav>
  )
}
