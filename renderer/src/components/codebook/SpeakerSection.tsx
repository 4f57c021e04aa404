/**
 * The speakers of the codebook: find by name or alias, add, edit in place, merge, delete.
 * Clicking a speaker narrows the library (and the quotes) to it; clicking again clears it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contract/index';
import { tagsOfKind } from '../../state/codebook-store';
import { useCodebook } from '../../state/context';
import { SpeakerForm } from './SpeakerForm';
import { FindField, SectionHeader, TagCount, TagDialogs, type TagDialogState } from './SectionParts';
import { TagActions, type TagAction } from './TagActions';
import { matchesQuery } from './tag-text';
import type { FieldError } from './validate';
import { isolate } from '../../i18n/isolate';

export function SpeakerSection({ onStatus }: { onStatus: (message: FieldError) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const tags = useCodebook((s) => s.tags);
  const filterId = useCodebook((s) => s.filter.speakerId);
  const setFilter = useCodebook((s) => s.setFilter);
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [dialog, setDialog] = useState<TagDialogState>(null);

  const speakers = tagsOfKind(tags, 'speaker');
  const shown = speakers.filter((s) => matchesQuery(s, query));

  const onAction = (tag: Tag, action: TagAction) => {
    if (action === 'edit') setEditing(tag.id);
    else if (action === 'merge' || action === 'delete') setDialog({ action, tag });
  };

  return (
    <section className="codebook-section" aria-labelledby={headingId} data-testid="speakers">
      <SectionHeader
        headingId={headingId}
        title={t('codebook.speakers')}
        count={speakers.length}
        addLabel={t('codebook.addSpeaker')}
        adding={adding}
        onToggleAdd={() => setAdding(!adding)}
        testId="add-speaker"
      />
      {adding && <SpeakerForm onDone={() => setAdding(false)} />}
      <FindField label={t('codebook.findSpeaker')} value={query} onChange={setQuery} testId="find-speaker" />
      {speakers.length === 0 ? (
        <p className="muted codebook-empty">{t('codebook.noSpeakers')}</p>
      ) : shown.length === 0 ? (
        <p className="muted codebook-empty">{t('codebook.noMatches', { query: isolate(query) })}</p>
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
                    title={t('codebook.filterBy', { name: isolate(speaker.name) })}
                    data-testid="speaker-filter"
                    onClick={() => setFilter({ speakerId: filterId === speaker.id ? null : speaker.id })}
                  >
                    {/* bdi: the name keeps its own direction but lines up with the UI's. */}
                    <span className="tag-name">
                      <bdi>{speaker.name}</bdi>
                    </span>
                  </button>
                  <TagCount count={speaker.count} />
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
      <TagDialogs dialog={dialog} label={(tag) => tag.name} onClose={() => setDialog(null)} onStatus={onStatus} />
    </section>
  );
}
