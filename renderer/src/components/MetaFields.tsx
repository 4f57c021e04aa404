/**
 * An article's editable details as form fields, shared by the paste dialog and the inspector's
 * editor: which fields, their labels, and one labelled input with its problem or hint.
 * The URL is typed left to right; the others take their direction from what is typed.
 */
export const FIELDS = ['title', 'source', 'published', 'place', 'url', 'author'] as const;
export type Field = (typeof FIELDS)[number];
export const LABEL: Record<Field, string> = {
  title: 'importing.metaTitle',
  source: 'importing.metaSource',
  published: 'importing.metaPublished',
  place: 'importing.metaPlace',
  url: 'importing.metaUrl',
  author: 'importing.metaAuthor',
};

export function MetaInput(props: { id: string; label: string; value: string; field: Field; problem: string | null; onChange: (value: string) => void; hint?: string }) {
  const ltr = props.field === 'url';
  return (
    <div className="meta-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        data-testid={`meta-${props.field}`}
        dir={ltr ? 'ltr' : 'auto'}
        value={props.value}
        aria-invalid={props.problem !== null}
        aria-describedby={props.problem || props.hint ? `${props.id}-note` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {(props.problem ?? props.hint) && (
        <span id={`${props.id}-note`} className={props.problem ? 'field-problem' : 'field-hint'} dir="auto">
          {props.problem ?? props.hint}
        </span>
      )}
    </div>
  );
}
