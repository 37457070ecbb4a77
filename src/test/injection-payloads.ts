/**
 * Hostile values for names, tags, descriptions and proxy fields: shell metacharacters, command
 * substitution, variable expansion (shell, Compose, Kubernetes `$(VAR)`, HCL `${}`/`%{}`), and
 * line breaks that YAML 1.2 and YAML 1.1 readers recognise. Shared by every test of generated text
 * (installers and the rotation walkthrough) so they all face the same names.
 */
export const INJECTION_PAYLOADS = [
  'x"; rm -rf ~ #',
  '$(id)',
  '`id`',
  "' ; id ; '",
  '${HOME}',
  'first\nkind: Pod',
  '$(ACCOUNT_ID) $$ %{ if true }x%{ endif }',
  'a\rb: c\u2028d: e\u0085f: g\u2029h',
  'yes',
  '\\"\\n \'"',
]
