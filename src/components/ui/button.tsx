import type { ButtonHTMLAttributes } from 'react'

import styles from './ui.module.css'

type Variant = 'default' | 'primary' | 'danger' | 'dangerOutline' | 'ghost'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant
  size?: 'default' | 'small'
}

/** The console's one button. `type` defaults to "button" so nothing submits by accident. */
export function Button({
  variant = 'default',
  size = 'default',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  const classes = [
    styles.button,
    variant !== 'default' && styles[variant],
    size === 'small' && styles.small,
    className,
  ]
  return <button type={type} className={classes.filter(Boolean).join(' ')} {...props} />
}

/** Class names for links that look like buttons. */
export function buttonClass(variant: Variant = 'default', size: 'default' | 'small' = 'default') {
  return [styles.button, variant !== 'default' && styles[variant], size === 'small' && styles.small]
    .filter(Boolean)
    .join(' ')
}
