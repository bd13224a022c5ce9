import type { YamlFile, YamlPath } from './yamlFile';

type Record_ = Record<string, unknown>;

export function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads typed fields out of one mapping in a content file, reporting each missing or
 * mistyped field against its line. Unknown keys are reported too: a misspelt "alternate:"
 * would otherwise be silently ignored.
 */
export class FieldReader {
  constructor(
    private readonly file: YamlFile,
    private readonly path: YamlPath,
    private readonly value: Record_,
    private readonly allowedKeys: readonly string[],
  ) {
    for (const key of Object.keys(value)) {
      if (!allowedKeys.includes(key)) {
        file.problem([...path, key], `unknown field "${key}" (expected one of: ${allowedKeys.join(', ')})`);
      }
    }
  }

  static forMapping(file: YamlFile, path: YamlPath, value: unknown, what: string, allowedKeys: readonly string[]): FieldReader | undefined {
    if (!isRecord(value)) {
      file.problem(path, `${what} should be a mapping of fields`);
      return undefined;
    }
    return new FieldReader(file, path, value, allowedKeys);
  }

  problem(key: string | YamlPath, message: string): void {
    this.file.problem([...this.path, ...(typeof key === 'string' ? [key] : key)], message);
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  raw(key: string): unknown {
    return this.value[key];
  }

  text(key: string, options: { maxLength?: number } = {}): string {
    const value = this.value[key];
    if (value === undefined || value === null) {
      this.problem(key, `"${key}" is missing`);
      return '';
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.problem(key, `"${key}" should be text`);
      return '';
    }
    const text = String(value).trim();
    if (text === '') this.problem(key, `"${key}" is empty`);
    // A key that is also present as a field of its own was not swallowed ("Reflexive words: ...").
    const swallowed = this.allowedKeys.find((other) => other !== key && !this.has(other) && new RegExp(`(^|\\s)${other}:(\\s|$)`).test(text));
    if (swallowed) {
      const line = this.file.lineStartingWith([...this.path, key], `${swallowed}:`);
      this.file.problemAtLine(line, `"${swallowed}:" is indented too far, so it became part of the text of "${key}"; move it left to line up with "${key}:"`);
    }
    if (options.maxLength !== undefined && text.length > options.maxLength) {
      this.problem(key, `"${key}" is ${text.length} characters; keep it to ${options.maxLength}`);
    }
    return text;
  }

  optionalText(key: string): string | undefined {
    return this.has(key) ? this.text(key) : undefined;
  }

  textList(key: string, options: { min?: number; optional?: boolean } = {}): string[] {
    const value = this.value[key];
    if (value === undefined || value === null) {
      if (!options.optional) this.problem(key, `"${key}" is missing`);
      return [];
    }
    if (!Array.isArray(value)) {
      this.problem(key, `"${key}" should be a list`);
      return [];
    }
    const items: string[] = [];
    value.forEach((item, index) => {
      if (typeof item !== 'string' && typeof item !== 'number') {
        this.problem([key, index], `item ${index + 1} of "${key}" should be text`);
      } else if (String(item).trim() === '') {
        this.problem([key, index], `item ${index + 1} of "${key}" is empty`);
      } else {
        items.push(String(item).trim());
      }
    });
    if (options.min !== undefined && items.length < options.min) {
      this.problem(key, `"${key}" has ${items.length} item(s); it needs at least ${options.min}`);
    }
    return items;
  }

  flag(key: string): boolean | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.problem(key, `"${key}" should be true or false`);
      return undefined;
    }
    return value;
  }
}

/** Reads `key: [ ...mappings ]` at the top of a file, or reports why it can't. */
export function topLevelList(file: YamlFile, key: string): unknown[] {
  if (file.data === undefined) return [];
  if (!isRecord(file.data) || !Array.isArray(file.data[key])) {
    file.problem([], `this file should have a top-level "${key}:" list`);
    return [];
  }
  return file.data[key] as unknown[];
}
