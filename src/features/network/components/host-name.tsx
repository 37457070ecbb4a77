import { Fragment } from 'react'

/**
 * A hostname that wraps only after a dot or a hyphen (`acme.splunkcloud.` / `com`), never inside
 * a label (`acme.splunkcloud.co` / `m`): a `<wbr>` after each dot (hyphens already allow a break),
 * and the style (`.host`) forbids breaking anywhere else.
 */
export function HostName({ host, className }: { host: string; className?: string }) {
  const parts = host.split(/(?<=\.)/)
  return (
    <span className={className}>
      {parts.map((part, i) => (
        // The parts of one host never reorder, so the index is a stable key.
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  )
}
