/** DelegateType.java constants (REFERENCE.md §4b) in words. */
export const DELEGATE_TYPE_LABEL: Record<string, string> = {
  KUBERNETES: 'Kubernetes',
  CE_KUBERNETES: 'Kubernetes (CCM)',
  HELM_DELEGATE: 'Helm',
  DOCKER: 'Docker',
  SHELL_SCRIPT: 'Shell script',
  ECS: 'ECS',
}

export const typeLabel = (type: string | null | undefined) =>
  type ? (DELEGATE_TYPE_LABEL[type] ?? type) : 'Unknown'
