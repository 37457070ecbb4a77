import { harnessDocs, list } from '../fields'
import { defineProvider } from '../types'

/** REFERENCE §6 `PhysicalDataCenterConnectorDTO`: `hosts: {hostname}[]`. */
export default defineProvider({
  id: 'pdc',
  label: 'Physical data center',
  category: 'cloud',
  type: 'Pdc',
  docsUrl: harnessDocs(
    'connectors/cloud-providers/ref-cloud-providers/physical-data-center-connector-settings-reference',
  ),
  description: 'A list of hosts for SSH or WinRM deployments to servers you manage.',
  initials: 'PD',
  fields: [
    list('hosts', 'hosts', 'Hosts', {
      required: true,
      listItemKey: 'hostname',
      portHintFor: true,
      placeholder: 'host1.example.com',
      pattern: /^[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?(:\d{1,5})?$/,
      patternMessage: 'Enter a host name or IP address, optionally with :port',
    }),
  ],
  authMethods: [
    {
      id: 'none',
      label: 'No connector credentials',
      help: 'Hosts are reached with an SSH key or WinRM credential secret chosen in the stage.',
      fields: [],
    },
  ],
  hints: {
    permissions: [],
    ports: [],
    notes: [
      'Most Harness deployments to virtual machines are performed using SSH over port 22; the VPC firewall may also require additional ports such as HTTPS 443.',
    ],
    references: [],
  },
})
