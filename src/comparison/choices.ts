// What can be put on either side of a comparison: the design open now, a template, a design in
// the library, or a design file. Each resolves to a Design; nothing here simulates.
import type { Design } from '../domain';
import { importDesignText, type LibraryEntry } from '../io';
import { getTemplate, TEMPLATES } from '../scenarios';
import type { DesignSession } from '../store';

export type Choice =
  | { kind: 'current' }
  | { kind: 'template'; id: string }
  | { kind: 'library'; id: string }
  | { kind: 'file'; name: string; design: Design };

export const choiceKey = (c: Choice): string => (c.kind === 'current' ? 'current' : c.kind === 'file' ? `file:${c.name}` : `${c.kind}:${c.id}`);

export function parseChoiceKey(key: string, file: Choice | null): Choice | null {
  if (key === 'current') return { kind: 'current' };
  if (key.startsWith('template:')) return { kind: 'template', id: key.slice(9) };
  if (key.startsWith('library:')) return { kind: 'library', id: key.slice(8) };
  if (key.startsWith('file:') && file?.kind === 'file') return file;
  return null;
}

export interface ChoiceGroups {
  templates: ReadonlyArray<{ key: string; name: string }>;
  library: ReadonlyArray<{ key: string; name: string }>;
}

export function choiceGroups(entries: readonly LibraryEntry[], currentId: string | null): ChoiceGroups {
  return {
    templates: TEMPLATES.map((t) => ({ key: `template:${t.id}`, name: t.name })),
    // The design open now is "This design"; the rest of the library by name.
    library: entries.filter((e) => e.id !== currentId && !e.unreadable).map((e) => ({ key: `library:${e.id}`, name: e.name })),
  };
}

export type Resolved = { ok: true; design: Design } | { ok: false; message: string };

export async function resolveChoice(c: Choice, current: Design, session: DesignSession | null): Promise<Resolved> {
  switch (c.kind) {
    case 'current':
      return { ok: true, design: current };
    case 'template': {
      const t = getTemplate(c.id);
      return t ? { ok: true, design: t.build() } : { ok: false, message: `There is no template “${c.id}”.` };
    }
    case 'library': {
      if (!session) return { ok: false, message: 'Designs cannot be stored in this browser.' };
      const read = await session.readDesign(c.id);
      return 'problem' in read ? { ok: false, message: read.problem } : { ok: true, design: read.design };
    }
    case 'file':
      return { ok: true, design: c.design };
  }
}

/** A design file's text through the app's one importer: the design, or what is wrong and where. */
export function designFromFile(text: string, fileName: string): Resolved {
  const imported = importDesignText(text);
  return imported.ok ? { ok: true, design: imported.design } : { ok: false, message: `${fileName}: ${imported.error.message}` };
}
