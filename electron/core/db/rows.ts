/**
 * Rows of the annotation tables as SQLite returns them (migration 3's columns), so the code
 * reading a project and the code reading a colleague's file for a merge agree on one shape.
 * Queries that select a subset Pick from these; computed columns are added beside them.
 */
import type { TagKind } from '../../../shared/contract/annotations';

export interface TagRecord {
  id: string;
  kind: TagKind;
  name: string;
  label_ar: string | null;
  label_en: string | null;
  description: string | null;
  color: string | null;
  parent_id: string | null;
  role: string | null;
  organisation: string | null;
  position: number;
  created_by: string;
  created_at: string;
}

export interface HighlightRecord {
  id: string;
  article_id: string;
  start_cp: number;
  end_cp: number;
  exact: string;
  prefix: string;
  suffix: string;
  speaker_id: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}
