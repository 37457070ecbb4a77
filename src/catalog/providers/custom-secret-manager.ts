import { boolean, harnessDocs, text } from '../fields'
import { defineProvider } from '../types'

/** [INF] CustomSecretManagerConnectorDTO: `{template: {templateRef, versionLabel}, onDelegate}`. */
export default defineProvider({
  id: 'custom-secret-manager',
  label: 'Custom secret manager',
  category: 'secrets',
  type: 'CustomSecretManager',
  docsUrl: harnessDocs('secrets/secrets-management/custom-secret-manager'),
  description: 'Fetch secrets with a shell script template from any other secret store.',
  initials: 'CS',
  fields: [
    text('templateRef', 'template.templateRef', 'Secret manager template', {
      required: true,
      help: 'Identifier of a Secret Manager template (account.x / org.x / x).',
    }),
    text('versionLabel', 'template.versionLabel', 'Template version', { required: true }),
    boolean('onDelegate', 'onDelegate', 'Run the script on the delegate', { default: true }),
  ],
  authMethods: [{ id: 'template', label: 'Credentials inside the template', fields: [] }],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
