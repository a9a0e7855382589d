/**
 * A message's plain {placeholders} filled in on the phone, for the few values only the phone knows (the
 * device's time zone, an offline answer's signs, a badge's count). Only for messages that hold no plural or
 * choice: those are formatted on the server, where the message files are.
 */
export const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
