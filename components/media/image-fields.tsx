import { MISSING_CREDIT } from '@/lib/validation/media';

/**
 * The photo credit of a library image, wherever one is typed (the library, its uploader, the
 * editor's image box, the stills and portrait picker): distributors' stills must be credited, so
 * an empty credit says so under the field until it is filled. The label stays with the caller.
 */
export function CreditInput({
  id,
  value,
  onChange,
  className,
  name,
  disabled,
}: {
  /** The field's id is `${id}-credit`, its warning's `${id}-credit-warning`. */
  id: string;
  value: string;
  onChange: (value: string) => void;
  className: string;
  name?: string;
  disabled?: boolean;
}) {
  const warning = `${id}-credit-warning`;
  return (
    <>
      <input
        id={`${id}-credit`}
        name={name}
        type="text"
        maxLength={300}
        value={value}
        placeholder="© Distributor / Photographer"
        disabled={disabled}
        aria-describedby={value.trim() ? undefined : warning}
        onChange={(e) => onChange(e.target.value)}
        className={className}
      />
      {!value.trim() && (
        <p id={warning} className="mt-1 text-xs font-medium text-amber-800">
          {MISSING_CREDIT}
        </p>
      )}
    </>
  );
}

/** An upload's progress (0–1), labelled for assistive technology. */
export function UploadProgress({ id, progress, label = 'Uploading' }: { id: string; progress: number; label?: string }) {
  return (
    <div className="flex items-center gap-2 text-xs text-ink-soft">
      <label htmlFor={`${id}-progress`}>{label}</label>
      <progress id={`${id}-progress`} value={progress} max={1} className="h-2 flex-1 accent-accent" />
      <span>{Math.round(progress * 100)}%</span>
    </div>
  );
}
