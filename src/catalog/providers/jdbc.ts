import { secret, text, usernamePasswordFields } from '../fields'
import { defineProvider } from '../types'

/**
 * `JdbcConnector` in Harness's client (src/api/contract): `{url, auth: {type: UsernamePassword,
 * spec: {username | usernameRef, passwordRef}} | {type: ServiceAccount, spec:
 * {serviceAccountTokenRef}}, delegateSelectors}`. No `executeOnDelegate`: a delegate connects.
 * Used by Harness Database DevOps; the seeds do not mention it.
 */
export default defineProvider({
  id: 'jdbc',
  label: 'JDBC database',
  category: 'cloud',
  type: 'JDBC',
  docsUrl:
    'https://developer.harness.io/docs/database-devops/use-database-devops/set-up-connectors',
  description: 'Connect Database DevOps to a database through its JDBC URL.',
  initials: 'DB',
  fields: [
    text('url', 'url', 'JDBC URL', {
      required: true,
      placeholder: 'jdbc:postgresql://db.example.com:5432/app',
      pattern: /^(jdbc:[a-z0-9]+:|mongodb(\+srv)?:\/\/)\S+$/i,
      patternMessage:
        'Enter a JDBC URL such as jdbc:postgresql://db.example.com:5432/app (or mongodb://…)',
    }),
  ],
  authMethods: [
    {
      id: 'username-password',
      label: 'Username and password',
      set: { 'auth.type': 'UsernamePassword' },
      fields: usernamePasswordFields('auth.spec.'),
    },
    {
      id: 'service-account',
      label: 'Service account token',
      set: { 'auth.type': 'ServiceAccount' },
      fields: [
        secret(
          'serviceAccountTokenRef',
          'auth.spec.serviceAccountTokenRef',
          'Service account token',
        ),
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
