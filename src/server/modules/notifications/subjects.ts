import type { StructuredNotice } from '../../platform/channels';
import type { Locale } from '../../platform/messages';

/** A notice's parameters: stored with it as JSON, so the inbox can render it again in the reader's language. */
export type NoticeParams = Record<string, string | number | null>;

/** One notice's words in one language: the inbox headline and its text. */
export type NoticeText = { title: string; body: string };

/** The progress fields a WeChat template message shows (the time and the link are the pipe's). */
type ProgressFields = Pick<StructuredNotice, 'number' | 'title' | 'move' | 'note'>;

/** One kind of notice a module sends about its subject. */
type NoticeTemplate<P extends NoticeParams> = {
  /** The inbox entry, in every language the interface speaks. */
  text: Record<Locale, (params: P) => NoticeText>;
  /**
   * Present when the notice also goes outside (SMS with the Chinese text, WeChat with these fields); absent, it
   * stays in the inbox. Outside channels speak Chinese: no one's language is known outside their requests.
   */
  outside?: (params: P) => ProgressFields;
};

/** What a module registers for its subject type: the page a WeChat message opens, and its templates. */
export type SubjectDefinition<T extends Record<string, NoticeParams>> = {
  type: string;
  /** The site path of one subject's page (a WeChat message links to it), or null for none. */
  link: (subjectId: string) => string | null;
  templates: { [K in keyof T]: NoticeTemplate<T[K]> };
};

/** A registered subject as the pipe reads it: templates by key, parameters as stored. */
type RegisteredSubject = {
  type: string;
  link: (subjectId: string) => string | null;
  templates: ReadonlyMap<string, NoticeTemplate<NoticeParams>>;
};

const SUBJECTS = new Map<string, RegisteredSubject>();

/**
 * Registers a module's subject type once, when the module loads. Two modules claiming one type would mix their
 * notices, so a second registration throws. Returns the definition, typed, for the module's own sends.
 */
export function registerSubject<T extends Record<string, NoticeParams>>(
  definition: SubjectDefinition<T>,
): SubjectDefinition<T> {
  if (SUBJECTS.has(definition.type)) {
    throw new Error(`notice subject type '${definition.type}' is registered twice`);
  }
  // Parameters were type-checked where the notice was sent; read back they are what was written.
  const templates = new Map(Object.entries(definition.templates)) as Map<
    string,
    NoticeTemplate<NoticeParams>
  >;
  SUBJECTS.set(definition.type, { type: definition.type, link: definition.link, templates });
  return definition;
}

/** The registered subject type, or null (a module not loaded, or no longer part of the installation). */
export function subjectOf(type: string): RegisteredSubject | null {
  return SUBJECTS.get(type) ?? null;
}

/**
 * An inbox entry in the reader's language from its template, or null when its template is not registered (the
 * stored Chinese text is shown then: entries written before templates, or of a module no longer installed).
 */
export function renderInbox(
  row: { subjectType: string; template: string | null; params: unknown },
  locale: Locale,
): NoticeText | null {
  const template = row.template ? subjectOf(row.subjectType)?.templates.get(row.template) : undefined;
  if (!template || typeof row.params !== 'object' || row.params === null) {
    return null;
  }
  return template.text[locale](row.params as NoticeParams);
}
