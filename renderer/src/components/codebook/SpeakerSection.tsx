/**
 * The speakers of the codebook: find by name or alias, add, edit in place, merge, delete.
 * Clicking a speaker narrows the library (and the quotes) to it; clicking again clears it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contract/index';
import { currentLanguage } from '../../i18n/index';
import { formatNumber } from '../../format/format';
import { tagsOfKind } from '../../state/codebook-store';
import { useCodebook } from '../../state/context';
import { DeleteTagDialog } from './DeleteTagDialog';
import { MergeTagDialog } from './MergeTagDialog';
import { SpeakerForm } from './SpeakerForm';
import { TagActions, type TagAction } from './TagActions';
import { isolate, matchesQuery } from './tag-text';
import type { FieldError } from './validate';

export function SpeakerSection({ onStatus }: { onStatus: (message: FieldError) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  const tags = useCodebook((s) => s.tags);
  const filterId = useCodebook((s) => s.filter.speakerId);
  const setFilter = useCodebook((s) => s.setFilter);
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ action: 'merge' | 'delete'; tag: Tag } | null>(null);

  const speakers = tagsOfKind(tags, 'speaker');
  const shown = speakers.filter((s) => matchesQuery(s, query));

  const onAction = (tag: Tag, action: TagAction) => {
    if (action === 'edit') setEditing(tag.id);
    else if (action === 'merge' || action === 'delete') setDialog({ action, tag });
  };

  return (
    <section className="codebook-section" aria-labelledby={headingId} data-testid="speakers">
      <div className="codebook-section-header">
        <h3 id={headingId}>
          {t('codebook.speakers')} <span className="badge">{formatNumber(speakers.length, language)}</span>
        </h3>
        <button type="button" className="quiet" aria-expanded={adding} data-testid="add-speaker" onClick={() => setAdding(!adding)}>
          + {t('codebook.addSpeaker')}
        </button>
      </div>
      {adding && <SpeakerForm onDone={() => setAdding(false)} />}
      <input
        type="search"
        className="codebook-find"
        dir="auto"
        placeholder={t('codebook.findSpeaker')}
        aria-label={t('codebook.findSpeaker')}
        value={query}
        data-testid="find-speaker"
        onChange={(e) => setQuery(e.target.value)}
      />
      {speakers.length === 0 ? (
        <p className="muted codebook-empty">{t('codebook.noSpeakers')}</p>
      ) : shown.length === 0 ? (
        <p className="muted codebook-empty">{t('codebook.noMatches', { query })}</p>
      ) : (
        <ul className="tag-list" aria-labelledby={headingId}>
          {shown.map((speaker) =>
            editing === speaker.id ? (
              <li key={speaker.id} className="tag-item editing">
                <SpeakerForm speaker={speaker} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={speaker.id} className="tag-item" data-testid="speaker-item" data-tag-id={speaker.id}>
                <div className="tag-line">
                  <button
                    type="button"
                    className="tag-filter"
                    aria-pressed={filterId === speaker.id}
                    title={t('codebook.filterBy', { name: speaker.name })}
                    data-testid="speaker-filter"
                    onClick={() => setFilter({ speakerId: filterId === speaker.id ? null : speaker.id })}
                  >
                    {/* bdi: the name keeps its own direction but lines up with the UI's. */}
                    <span className="tag-name">
                      <bdi>{speaker.name}</bdi>
                    </span>
                  </button>
                  <span className="badge tag-count" title={t('codebook.quoteCount', { count: speaker.count })} data-testid="tag-count">
                    {formatNumber(speaker.count, language)}
                  </span>
                  <TagActions name={speaker.name} actions={['edit', 'merge', 'delete']} onAction={(a) => onAction(speaker, a)} />
                </div>
                {(speaker.role || speaker.organisation) && (
                  <div className="tag-detail">
                    <bdi>{[speaker.role, speaker.organisation].filter(Boolean).join(' · ')}</bdi>
                  </div>
                )}
                {speaker.aliases.length > 0 && (
                  <ul className="alias-chips" aria-label={t('codebook.aliases')}>
                    {speaker.aliases.map((alias) => (
                      <li key={alias} className="chip" dir="auto">
                        {alias}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {dialog?.action === 'delete' && (
        <DeleteTagDialog
          tag={dialog.tag}
          onClose={() => setDialog(null)}
          onDeleted={(count) => {
            setDialog(null);
            onStatus({ key: 'codebook.deleted', values: { name: isolate(dialog.tag.name), count } });
          }}
        />
      )}
      {dialog?.action === 'merge' && (
        <MergeTagDialog
          tag={dialog.tag}
          onClose={() => setDialog(null)}
          onMerged={(target) => {
            setDialog(null);
            onStatus({ key: 'codebook.merged', values: { source: isolate(dialog.tag.name), target: isolate(target.name) } });
          }}
        />
      )}
    </section>
  );
}
