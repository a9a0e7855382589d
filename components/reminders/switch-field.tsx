/** A labelled checkbox for an on/off setting, with a line saying what it does. */
export function SwitchField({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked: boolean }) {
  const hintId = `${name}-hint`;
  return (
    <div className="flex items-start gap-3">
      <input id={name} name={name} type="checkbox" defaultChecked={defaultChecked} aria-describedby={hint ? hintId : undefined} className="mt-1 size-5 accent-brand-700" />
      <div>
        <label htmlFor={name} className="font-medium">
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="text-sm text-slate-600">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
