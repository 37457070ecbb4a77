import { act, renderHook } from '@testing-library/react'
import { useForm } from 'react-hook-form'

import { getProvider } from '@/catalog'
import { sampleValues } from '@/catalog/samples'
import { fromConnectorInfo, toConnectorInfo } from '@/catalog/to-api'
import type { ProviderValues } from '@/catalog/types'

import { useFormYaml } from './use-form-yaml'
import { validateConnectorYaml } from './validate-yaml'
import { connectorYaml } from './yaml'

const github = getProvider('github')
const scope = { accountId: 'acct' }
const stored = toConnectorInfo(github, sampleValues(github), scope)

function setup(saved = stored) {
  return renderHook(() => {
    const form = useForm<ProviderValues>({ defaultValues: fromConnectorInfo(github, saved) })
    return { form, yaml: useFormYaml({ provider: github, scope, form, saved }) }
  })
}

describe('useFormYaml (the wizard’s Form | YAML switch)', () => {
  it('a field the form does not model, typed in YAML, survives form → YAML → form → save body', () => {
    const { result } = setup()
    act(() =>
      result.current.form.setValue('description', 'typed in the form', { shouldDirty: true }),
    )
    act(() => result.current.yaml.toYaml())
    expect(result.current.yaml.mode).toBe('yaml')
    // The YAML shows what the form would send, the form's change included.
    const shown = connectorYaml(result.current.yaml.start!)
    expect(shown).toContain('description: typed in the form')

    const typed = shown
      .replace(/^ {2}spec:\n/m, '  spec:\n    ignoreTestConnection: true\n')
      .replace(/url: .*/, 'url: https://github.example.com/acme')
    const parsed = validateConnectorYaml(typed, { scope, stored, provider: github }).info!
    act(() => result.current.yaml.toForm(parsed))
    expect(result.current.yaml.mode).toBe('form')
    expect(result.current.form.getValues('url')).toBe('https://github.example.com/acme')
    // The form no longer sees a change of its own; the guard still does.
    expect(result.current.yaml.dirty).toBe(true)

    act(() => result.current.form.setValue('name', 'Renamed in the form'))
    const body = result.current.yaml.build(result.current.form.getValues())
    expect(body.spec.ignoreTestConnection).toBe(true)
    expect(body.spec.url).toBe('https://github.example.com/acme')
    expect(body).toMatchObject({ name: 'Renamed in the form', description: 'typed in the form' })
  })

  it('back to the form with the YAML unchanged keeps the form as it was', () => {
    const { result } = setup()
    act(() => result.current.form.setValue('name', 'Only in the form'))
    act(() => result.current.yaml.toYaml())
    act(() => result.current.yaml.toForm(null))
    expect(result.current.form.getValues('name')).toBe('Only in the form')
    expect(result.current.yaml.dirty).toBe(false)
  })

  it('after a save from YAML, the form takes the saved connector', () => {
    const { result } = setup()
    act(() => result.current.yaml.toYaml())
    const saved = { ...stored, name: 'Saved from YAML' }
    act(() => result.current.yaml.rebase(saved))
    expect(result.current.yaml.mode).toBe('form')
    expect(result.current.form.getValues('name')).toBe('Saved from YAML')
  })
})
