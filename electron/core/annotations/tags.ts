import { randomUUID } from 'node:crypto';
import { normalizeArabic } from '../../../shared/arabic/normalize';
import { DaftarError } from '../../../shared/contract/errors';
import type { Tag, TagInput, TagKind, TagPatch } from '../../../shared/contract/annotations';
import type { AnyDb, WritableDb } from '../db/handles';
import type { TagRecord } from '../db/rows';
import { recordOperation, type ChangeRecorder } from '../history/operations';

type TagRow = Omit<TagRecord, 'created_by' | 'created_at'>;

/** A spelling as Daftar compares it: normalised Arabic, folded white space. */
export function nameKey(name: string): string {
  return normalizeArabic(name).replace(/\s+/g, ' ').trim();
}

/** Theme colours handed out in turn when the analyst does not pick one. */
const PALETTE = ['#f4c542', '#7cc6fe', '#f497b6', '#9be89b', '#c7a4ff', '#ffb36b', '#6fe0d6', '#e6e66a', '#ff8f8f'];

export function listTags(db: AnyDb): Tag[] {
  const rows = db.prepare('SELECT * FROM tags ORDER BY kind, position, name COLLATE NOCASE').all() as TagRow[];
  const aliases = db.prepare('SELECT tag_id, alias FROM tag_aliases ORDER BY rowid').all() as { tag_id: string; alias: string }[];
  const speakerCounts = new Map(
    (db.prepare('SELECT speaker_id AS id, count(*) AS n FROM highlights WHERE speaker_id IS NOT NULL GROUP BY speaker_id').all() as { id: string; n: number }[]).map((r) => [r.id, r.n]),
  );
  const themeCounts = new Map(
    (db.prepare('SELECT tag_id AS id, count(*) AS n FROM highlight_themes GROUP BY tag_id').all() as { id: string; n: number }[]).map((r) => [r.id, r.n]),
  );
  const byTag = new Map<string, string[]>();
  for (const a of aliases) byTag.set(a.tag_id, [...(byTag.get(a.tag_id) ?? []), a.alias]);
  return rows.map((r) => toTag(r, byTag.get(r.id) ?? [], (r.kind === 'speaker' ? speakerCounts : themeCounts).get(r.id) ?? 0));
}

export function getTag(db: AnyDb, id: string): Tag {
  const tag = listTags(db).find((t) => t.id === id);
  if (!tag) throw DaftarError.because('not_found', 'tag_not_found', { id });
  return tag;
}

function toTag(r: TagRow, aliases: string[], count: number): Tag {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    labelAr: r.label_ar,
    labelEn: r.label_en,
    description: r.description,
    color: r.color,
    parentId: r.parent_id,
    role: r.role,
    organisation: r.organisation,
    aliases,
    position: r.position,
    count,
  };
}

/**
 * Find a tag by its name or any alias, compared after Arabic normalisation (so غوتيريش and
 * غوتيريس are the same only when one is an alias of the other; أ/ا and diacritics never matter).
 */
export function findTagByName(db: AnyDb, kind: TagKind, name: string): TagRow | undefined {
  const key = nameKey(name);
  return (
    (db.prepare('SELECT * FROM tags WHERE kind = ? AND name_norm = ?').get(kind, key) as TagRow | undefined) ??
    (db
      .prepare('SELECT t.* FROM tags t JOIN tag_aliases a ON a.tag_id = t.id WHERE t.kind = ? AND a.alias_norm = ? LIMIT 1')
      .get(kind, key) as TagRow | undefined)
  );
}

export function requireTagByName(db: AnyDb, kind: TagKind, name: string): TagRow {
  const tag = findTagByName(db, kind, name);
  if (!tag) throw new DaftarError('not_found', `No ${kind} named "${name}" (by name or alias) in this project.`);
  return tag;
}

function requireTag(db: AnyDb, id: string): TagRow {
  const row = db.prepare('SELECT * FROM tags WHERE id = ?').get(id) as TagRow | undefined;
  if (!row) throw DaftarError.because('not_found', 'tag_not_found_deleted', { id });
  return row;
}

/** Theme ids of a theme and everything below it. */
export function themeWithDescendants(db: AnyDb, id: string): string[] {
  return (
    db
      .prepare(
        `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id)
         SELECT id FROM sub`,
      )
      .all(id) as { id: string }[]
  ).map((r) => r.id);
}

function checkParent(db: AnyDb, kind: TagKind, id: string | null, parentId: string | null | undefined): void {
  if (!parentId) return;
  const parent = requireTag(db, parentId);
  if (kind !== 'theme' || parent.kind !== 'theme') throw DaftarError.because('invalid_input', 'theme_parent_not_theme');
  if (id && themeWithDescendants(db, id).includes(parentId)) {
    throw DaftarError.because('invalid_input', 'theme_inside_itself', { name: parent.name });
  }
}

function checkNameFree(db: AnyDb, kind: TagKind, name: string, exceptId: string | null): void {
  const clash = findTagByName(db, kind, name);
  if (clash && clash.id !== exceptId) {
    throw DaftarError.because('invalid_input', kind === 'speaker' ? 'speaker_exists' : 'theme_exists', { name: clash.name, typed: name.trim() });
  }
}

function writeAliases(db: WritableDb, rec: ChangeRecorder, tagId: string, canonical: string, aliases: string[]): void {
  rec.trackWhere('tag_aliases', 'tag_id', tagId);
  db.prepare('DELETE FROM tag_aliases WHERE tag_id = ?').run(tagId);
  const seen = new Set([nameKey(canonical)]);
  const insert = db.prepare('INSERT INTO tag_aliases (tag_id, alias, alias_norm) VALUES (?, ?, ?)');
  for (const raw of aliases) {
    const alias = raw.trim();
    const key = nameKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    rec.track('tag_aliases', { tag_id: tagId, alias_norm: key });
    insert.run(tagId, alias, key);
  }
}

/** Every check `createTag` makes, on any handle (the CLI runs it read-only first). */
export function checkNewTag(db: AnyDb, input: TagInput): void {
  checkNameFree(db, input.kind, input.name.trim(), null);
  for (const alias of input.aliases ?? []) checkNameFree(db, input.kind, alias, null);
  checkParent(db, input.kind, null, input.parentId);
}

export function createTag(db: WritableDb, input: TagInput, actor: string): Tag {
  const name = input.name.trim();
  checkNewTag(db, input);
  const id = randomUUID();
  const now = new Date().toISOString();
  recordOperation(db, `create ${input.kind} ${name}`, actor, (rec) => {
    rec.track('tags', { id });
    const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM tags WHERE kind = ?').get(input.kind) as { p: number }).p;
    const themeCount = (db.prepare("SELECT count(*) AS n FROM tags WHERE kind = 'theme'").get() as { n: number }).n;
    db.prepare(
      `INSERT INTO tags (id, kind, name, name_norm, label_ar, label_en, description, color, parent_id, role, organisation,
         position, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id, input.kind, name, nameKey(name), input.labelAr ?? null, input.labelEn ?? null, input.description ?? null,
      input.color ?? (input.kind === 'theme' ? PALETTE[themeCount % PALETTE.length] : null),
      input.parentId ?? null, input.role ?? null, input.organisation ?? null, position, actor, now, now,
    );
    writeAliases(db, rec, id, name, input.aliases ?? []);
  });
  return getTag(db, id);
}

export function updateTag(db: WritableDb, id: string, patch: TagPatch, actor: string): Tag {
  const row = requireTag(db, id);
  const name = patch.name?.trim() ?? row.name;
  if (patch.name !== undefined) checkNameFree(db, row.kind, name, id);
  for (const alias of patch.aliases ?? []) checkNameFree(db, row.kind, alias, id);
  if (patch.parentId !== undefined) checkParent(db, row.kind, id, patch.parentId);
  recordOperation(db, `edit ${row.kind} ${name}`, actor, (rec) => {
    rec.track('tags', { id });
    const v = <K extends keyof TagPatch>(k: K, current: unknown) => (patch[k] === undefined ? current : patch[k]);
    db.prepare(
      `UPDATE tags SET name = ?, name_norm = ?, label_ar = ?, label_en = ?, description = ?, color = ?, parent_id = ?,
         role = ?, organisation = ?, position = ?, updated_at = ? WHERE id = ?`,
    ).run(
      name, nameKey(name), v('labelAr', row.label_ar), v('labelEn', row.label_en), v('description', row.description),
      v('color', row.color), v('parentId', row.parent_id), v('role', row.role), v('organisation', row.organisation),
      v('position', row.position), new Date().toISOString(), id,
    );
    if (patch.aliases) writeAliases(db, rec, id, name, patch.aliases);
  });
  return getTag(db, id);
}

/**
 * Delete a speaker or theme. Its highlights stay (they lose this tag); a theme's sub-themes
 * move up to its parent. Undo brings everything back.
 */
export function deleteTag(db: WritableDb, id: string, actor: string): { deleted: boolean; highlightsAffected: number } {
  const row = requireTag(db, id);
  return recordOperation(db, `delete ${row.kind} ${row.name}`, actor, (rec) => {
    let affected = 0;
    if (row.kind === 'speaker') {
      const hs = db.prepare('SELECT id FROM highlights WHERE speaker_id = ?').all(id) as { id: string }[];
      for (const h of hs) rec.track('highlights', h);
      affected = db.prepare('UPDATE highlights SET speaker_id = NULL WHERE speaker_id = ?').run(id).changes;
    } else {
      rec.trackWhere('highlight_themes', 'tag_id', id);
      affected = db.prepare('DELETE FROM highlight_themes WHERE tag_id = ?').run(id).changes;
      const children = db.prepare('SELECT id FROM tags WHERE parent_id = ?').all(id) as { id: string }[];
      for (const c of children) rec.track('tags', c);
      db.prepare('UPDATE tags SET parent_id = ? WHERE parent_id = ?').run(row.parent_id, id);
    }
    rec.trackWhere('tag_aliases', 'tag_id', id);
    db.prepare('DELETE FROM tag_aliases WHERE tag_id = ?').run(id);
    rec.track('tags', { id });
    db.prepare('DELETE FROM tags WHERE id = ?').run(id);
    return { deleted: true, highlightsAffected: affected };
  });
}

/**
 * Merge `source` into `target` (same kind): the source's name and aliases become the target's
 * aliases, its highlights move to the target, its sub-themes move under the target.
 */
export function mergeTags(db: WritableDb, sourceId: string, targetId: string, actor: string): Tag {
  const source = requireTag(db, sourceId);
  const target = requireTag(db, targetId);
  if (sourceId === targetId) throw DaftarError.because('invalid_input', 'tag_merge_self');
  if (source.kind !== target.kind) throw DaftarError.because('invalid_input', 'tag_merge_kinds');
  if (source.kind === 'theme' && themeWithDescendants(db, sourceId).includes(targetId)) {
    throw DaftarError.because('invalid_input', 'tag_merge_inside', { target: target.name, source: source.name });
  }
  recordOperation(db, `merge ${source.kind} ${source.name} into ${target.name}`, actor, (rec) => {
    const targetAliases = (db.prepare('SELECT alias FROM tag_aliases WHERE tag_id = ? ORDER BY rowid').all(targetId) as { alias: string }[]).map((a) => a.alias);
    const sourceAliases = (db.prepare('SELECT alias FROM tag_aliases WHERE tag_id = ? ORDER BY rowid').all(sourceId) as { alias: string }[]).map((a) => a.alias);
    if (source.kind === 'speaker') {
      for (const h of db.prepare('SELECT id FROM highlights WHERE speaker_id = ?').all(sourceId) as { id: string }[]) rec.track('highlights', h);
      db.prepare('UPDATE highlights SET speaker_id = ? WHERE speaker_id = ?').run(targetId, sourceId);
    } else {
      const links = db.prepare('SELECT highlight_id FROM highlight_themes WHERE tag_id = ?').all(sourceId) as { highlight_id: string }[];
      for (const l of links) {
        rec.track('highlight_themes', { highlight_id: l.highlight_id, tag_id: sourceId });
        rec.track('highlight_themes', { highlight_id: l.highlight_id, tag_id: targetId });
        db.prepare('INSERT OR IGNORE INTO highlight_themes (highlight_id, tag_id) VALUES (?, ?)').run(l.highlight_id, targetId);
      }
      db.prepare('DELETE FROM highlight_themes WHERE tag_id = ?').run(sourceId);
      for (const c of db.prepare('SELECT id FROM tags WHERE parent_id = ?').all(sourceId) as { id: string }[]) rec.track('tags', c);
      db.prepare('UPDATE tags SET parent_id = ? WHERE parent_id = ?').run(targetId, sourceId);
    }
    rec.trackWhere('tag_aliases', 'tag_id', sourceId);
    db.prepare('DELETE FROM tag_aliases WHERE tag_id = ?').run(sourceId);
    rec.track('tags', { id: sourceId });
    db.prepare('DELETE FROM tags WHERE id = ?').run(sourceId);
    writeAliases(db, rec, targetId, target.name, [...targetAliases, source.name, ...sourceAliases]);
    rec.track('tags', { id: targetId });
    db.prepare('UPDATE tags SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), targetId);
  });
  return getTag(db, targetId);
}
