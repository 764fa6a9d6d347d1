/** The images' colours. Every text colour passes WCAG AA on the background it sits on (tested). */
export const palette = {
  background: '#ffffff',
  panel: '#f3f4f6',
  ink: '#111827',
  muted: '#374151',
  subtle: '#4b5563',
  /** The Register's red, as in the embeds. */
  accent: '#b3001b',
  rule: '#d1d5db',
} as const;
