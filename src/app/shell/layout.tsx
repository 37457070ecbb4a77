import { Outlet, useNavigation } from 'react-router'

import { Header } from './header'
import styles from './layout.module.css'
import { Sidebar } from './sidebar'

export function Layout() {
  const navigation = useNavigation()
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <Sidebar />
      <Header />
      <main id="main" className={styles.main} aria-busy={navigation.state === 'loading'}>
        <Outlet />
      </main>
    </div>
  )
}
